package dev.retort.dialect;

import java.sql.SQLException;

/**
 * A reflection query failed while an operation was compiled or a schema reflected ({@link
 * SchemaReflector}); the caller wraps it into an error that names the revision and operation, or
 * the database.
 */
public final class SchemaLookupException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String sql;

  SchemaLookupException(String sql, SQLException cause) {
    super(cause.getMessage(), cause);
    this.sql = sql;
  }

  /** The reflection query that failed. */
  public String sql() {
    return sql;
  }

  /** The database's error. */
  public SQLException sqlException() {
    return (SQLException) getCause();
  }
}
