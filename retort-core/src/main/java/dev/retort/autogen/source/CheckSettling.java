package dev.retort.autogen.source;

import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.dialect.postgres.PgTypes;
import dev.retort.run.Connector;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * PostgreSQL prints some check expressions in a form that it prints differently once that form is
 * applied again: {@code status IN ('a', 'b')} on a varchar column reads back as {@code status::text =
 * ANY (ARRAY['a'::character varying, ...]::text[])}, and that text, applied by a generated revision,
 * reads back with the casts moved. Compared as text, the two sides would differ on every run.
 *
 * <p>For each check that has the same name on both sides and a different text, both texts are applied
 * on a scratch table with the desired table's columns, and read back until PostgreSQL prints what it
 * was given (the form it keeps). When both settle to the same text, the current side takes the
 * desired side's text, so the diff sees no change. Checks that differ for real stay different. A
 * scratch database is opened only when such a pair exists.
 */
public final class CheckSettling {
  private static final int MAX_ROUNDS = 4;

  private CheckSettling() {}

  /** {@code current}, with the checks that settle to the same form as their desired counterpart replaced by it. */
  public static SchemaSnapshot settle(SchemaSnapshot current, SchemaSnapshot desired, Supplier<ScratchDatabase> scratch) {
    List<Pair> pairs = pairs(current, desired);
    if (pairs.isEmpty()) {
      return current;
    }
    Map<Pair, Boolean> same = new HashMap<>();
    try (Connection connection = Connector.open(scratch.get().url())) {
      connection.setAutoCommit(true);
      int n = 0;
      for (Pair pair : pairs) {
        same.put(pair, settlesTheSame(connection, "retort_settle_" + n++, pair));
      }
    } catch (SQLException e) {
      return current; // settling is a refinement: without it the checks are compared as text
    }
    List<Schema> schemas = new ArrayList<>();
    for (Schema schema : current.schemas()) {
      List<Table> tables = new ArrayList<>();
      for (Table table : schema.tables()) {
        tables.add(replaced(schema.name(), table, pairs, same));
      }
      schemas.add(new Schema(schema.name(), tables, schema.views(), schema.sequences(), schema.enumTypes()));
    }
    return new SchemaSnapshot(schemas);
  }

  private static Table replaced(String schema, Table table, List<Pair> pairs, Map<Pair, Boolean> same) {
    List<CheckConstraint> checks = new ArrayList<>();
    boolean changed = false;
    for (CheckConstraint check : table.checks()) {
      CheckConstraint use = check;
      for (Pair pair : pairs) {
        if (pair.schema().equals(schema) && pair.table().name().equals(table.name()) && pair.current().equals(check)
            && Boolean.TRUE.equals(same.get(pair))) {
          use = pair.desired();
          changed = true;
        }
      }
      checks.add(use);
    }
    return changed
        ? new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(), table.indexes(),
            table.foreignKeys(), checks, table.comment())
        : table;
  }

  private static List<Pair> pairs(SchemaSnapshot current, SchemaSnapshot desired) {
    List<Pair> pairs = new ArrayList<>();
    for (Schema want : desired.schemas()) {
      Optional<Schema> have = current.schema(want.name());
      if (have.isEmpty()) {
        continue;
      }
      Map<String, Table> haveTables = new HashMap<>();
      for (Table t : have.get().tables()) {
        haveTables.putIfAbsent(t.name(), t);
      }
      for (Table wanted : want.tables()) {
        Table existing = wanted.checks().isEmpty() ? null : haveTables.get(wanted.name());
        if (existing == null) {
          continue;
        }
        for (CheckConstraint w : wanted.checks()) {
          if (w.name() == null || existing.checks().contains(w)) {
            continue;
          }
          for (CheckConstraint c : existing.checks()) {
            if (w.name().equals(c.name()) && !wanted.checks().contains(c)) {
              pairs.add(new Pair(want.name(), wanted, c, w));
            }
          }
        }
      }
    }
    return pairs;
  }

  private static boolean settlesTheSame(Connection connection, String scratchTable, Pair pair) {
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TABLE " + quote(scratchTable) + " (" + columns(pair.table()) + ")");
      try {
        String a = settled(connection, scratchTable, pair.current().expression());
        String b = settled(connection, scratchTable, pair.desired().expression());
        return a != null && a.equals(b);
      } finally {
        st.execute("DROP TABLE " + quote(scratchTable));
      }
    } catch (SQLException e) {
      return false;
    }
  }

  /** The form PostgreSQL keeps for {@code expression}: applied and read back until it stays the same. */
  private static String settled(Connection connection, String table, String expression) throws SQLException {
    String text = expression;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String back = applied(connection, table, text);
      if (back.equals(text)) {
        return text;
      }
      text = back;
    }
    return text;
  }

  private static String applied(Connection connection, String table, String expression) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("ALTER TABLE " + quote(table) + " ADD CONSTRAINT retort_settle CHECK (" + expression + ")");
      try (PreparedStatement read = connection.prepareStatement(
          "SELECT pg_get_expr(conbin, conrelid, true) FROM pg_constraint WHERE conname = 'retort_settle'"
              + " AND conrelid = ?::regclass")) {
        read.setString(1, quote(table));
        try (ResultSet rs = read.executeQuery()) {
          rs.next();
          return PgTypes.unwrap(rs.getString(1));
        }
      } finally {
        st.execute("ALTER TABLE " + quote(table) + " DROP CONSTRAINT retort_settle");
      }
    }
  }

  private static String columns(Table table) {
    List<String> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      columns.add(quote(column.name()) + " " + column.type().reported());
    }
    return String.join(", ", columns);
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** A check of {@code table} (desired side) that has the same name and another text on the current side. */
  private record Pair(String schema, Table table, CheckConstraint current, CheckConstraint desired) {}
}
