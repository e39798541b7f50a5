package dev.retort.dialect;

import java.util.List;

/**
 * Read-only questions a compiler asks about the schema it compiles against (SQLite reads a table's
 * shape before a rebuild, and checks existence where SQLite has no {@code IF [NOT] EXISTS}). The
 * compiler stays free of I/O: online the lookup reads the live connection, offline a scratch
 * database at the script's starting point, in tests a fake.
 */
public interface SchemaLookup {
  /**
   * Runs a read-only query with bound parameters.
   *
   * @return the rows, each the column values in select order
   */
  List<List<Object>> query(String sql, Object... parameters);

  /** Whether the connection is inside a transaction (SQLite ignores some pragmas there). */
  default boolean inTransaction() {
    return false;
  }

  /** A lookup for compilers that never ask (fails when asked). */
  static SchemaLookup none() {
    return (sql, parameters) -> {
      throw new IllegalStateException("this compiler was given no schema to read: " + sql);
    };
  }
}
