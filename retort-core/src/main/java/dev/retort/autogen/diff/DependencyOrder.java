package dev.retort.autogen.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders tables so that a referenced table comes before the tables whose foreign keys reference it
 * (Kahn's algorithm, ties broken by name). Tables on a foreign-key cycle follow in name order, and
 * the foreign keys between them are reported as {@link Result#deferred()}: they are added after all
 * the tables exist, or dropped before any of them goes.
 */
final class DependencyOrder {
  private DependencyOrder() {}

  /**
   * The order.
   *
   * @param ordered referenced tables first
   * @param deferred per table name, its foreign keys that close a cycle
   */
  record Result(List<Table> ordered, Map<String, List<ForeignKey>> deferred) {}

  /** Orders {@code tables} of one schema; foreign keys to tables outside the set are ignored. */
  static Result of(String schema, List<Table> tables) {
    Map<String, Table> byName = new TreeMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    Map<String, Set<String>> needs = new HashMap<>();
    for (Table t : tables) {
      Set<String> targets = new TreeSet<>();
      for (ForeignKey f : t.foreignKeys()) {
        if (inSet(schema, f, byName) && !f.referencedTable().equals(t.name())) {
          targets.add(f.referencedTable());
        }
      }
      needs.put(t.name(), targets);
    }
    List<Table> ordered = new ArrayList<>();
    TreeSet<String> done = new TreeSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (String name : byName.keySet()) {
        if (!done.contains(name) && done.containsAll(needs.get(name))) {
          done.add(name);
          ordered.add(byName.get(name));
          progress = true;
          break;
        }
      }
    }
    Map<String, List<ForeignKey>> deferred = new TreeMap<>();
    for (String name : byName.keySet()) {
      if (!done.contains(name)) {
        Table t = byName.get(name);
        ordered.add(t);
        List<ForeignKey> cyclic = t.foreignKeys().stream()
            .filter(f -> inSet(schema, f, byName) && !done.contains(f.referencedTable()) && !f.referencedTable().equals(name))
            .toList();
        deferred.put(name, cyclic);
      }
    }
    return new Result(ordered, deferred);
  }

  private static boolean inSet(String schema, ForeignKey f, Map<String, Table> byName) {
    return f.referencedSchema().equals(schema) && byName.containsKey(f.referencedTable());
  }
}
