package dev.retort.lint.rules;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.lint.LintContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The column definitions the revisions declare, followed in one pass through every upgrade in
 * topological order (file order without a valid graph): {@code CREATE TABLE}, {@code ADD COLUMN},
 * {@code ALTER COLUMN ... TYPE}, MySQL's {@code MODIFY} and {@code CHANGE}, column and table renames
 * and drops. For each type change it keeps the definition the column had just before, so that
 * RT204 and RT212 can tell a change that rewrites nothing from a real rewrite. Branches are linearised by the topological order.
 */
final class ColumnDefinitions {
  /** Table to column to definition as written (type first). */
  private final Map<String, Map<String, String>> tables = new HashMap<>();
  /** For each ALTER TABLE with a TYPE change: column to its definition before the statement. */
  private final IdentityHashMap<StatementView, Map<String, String>> before = new IdentityHashMap<>();

  /** Follows every revision of {@code all} in the order {@code context}'s graph gives. */
  static ColumnDefinitions of(LintContext context, List<RevisionSql> all) {
    ColumnDefinitions definitions = new ColumnDefinitions();
    for (RevisionSql revision : ordered(context, all)) {
      for (StatementView statement : revision.upgrade()) {
        definitions.follow(statement);
      }
    }
    return definitions;
  }

  /**
   * The definition {@code column} of {@code statement}'s table had just before it changed type
   * ({@code ALTER COLUMN ... TYPE}, {@code MODIFY}; for {@code CHANGE} the old name).
   */
  Optional<String> before(StatementView statement, String column) {
    return Optional.ofNullable(before.getOrDefault(statement, Map.of()).get(column));
  }

  private static List<RevisionSql> ordered(LintContext context, List<RevisionSql> all) {
    if (context.graph().isEmpty()) {
      return all;
    }
    Map<String, RevisionSql> byId = new HashMap<>();
    all.forEach(r -> byId.putIfAbsent(r.header().id(), r));
    List<RevisionSql> ordered = new ArrayList<>();
    RevisionGraph graph = context.graph().get();
    for (RevisionId id : graph.topologicalOrder()) {
      RevisionSql revision = byId.remove(id.value());
      if (revision != null) {
        ordered.add(revision);
      }
    }
    java.util.Set<RevisionSql> placed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    placed.addAll(ordered);
    all.stream().filter(r -> !placed.contains(r)).forEach(ordered::add); // duplicate ids, revisions off the graph
    return ordered;
  }

  private void follow(StatementView statement) {
    String table = statement.table();
    switch (statement.kind()) {
      case CREATE_TABLE -> tables.put(table, new LinkedHashMap<>(PendingColumnTypes.definitions(statement)));
      case DROP -> {
        if (statement.objectType().equals("TABLE")) {
          statement.tables().forEach(tables::remove);
        }
      }
      case ALTER_TABLE -> statement.clauses().forEach(clause -> alter(statement, table, clause));
      default -> { }
    }
  }

  private void alter(StatementView statement, String table, String clause) {
    Map<String, String> columns = tables.computeIfAbsent(table, t -> new LinkedHashMap<>());
    Optional<Matcher> type = AlterClauses.alterType(clause);
    if (type.isPresent()) {
      String column = name(type.get().group(1));
      String old = columns.get(column);
      if (old != null) {
        before.computeIfAbsent(statement, s -> new HashMap<>()).put(column, old);
      }
      columns.put(column, clause.substring(type.get().end()));
      return;
    }
    Optional<Matcher> modify = AlterClauses.modifyColumn(clause).or(() -> AlterClauses.changeColumn(clause));
    if (modify.isPresent()) {
      Matcher m = modify.get();
      boolean change = m.groupCount() == 3;
      String column = name(m.group(1));
      String old = columns.remove(column);
      if (old != null) {
        before.computeIfAbsent(statement, s -> new HashMap<>()).put(column, old);
      }
      columns.put(change ? name(m.group(2)) : column, m.group(m.groupCount()).strip());
      return;
    }
    AlterClauses.addColumn(clause).ifPresent(m -> columns.putIfAbsent(name(m.group(1)), m.group(2).strip()));
    AlterClauses.dropColumn(clause).ifPresent(m -> columns.remove(name(m.group(2))));
    AlterClauses.renameColumn(clause).ifPresent(m -> {
      String old = columns.remove(name(m.group(1)));
      if (old != null) {
        columns.put(name(m.group(2)), old);
      }
    });
    AlterClauses.renameTable(clause).ifPresent(m -> tables.put(name(m.group(1)), tables.remove(table)));
  }

  private static String name(String written) {
    return SqlText.bareName(written);
  }
}
