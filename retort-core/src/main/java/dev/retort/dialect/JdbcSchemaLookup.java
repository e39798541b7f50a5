package dev.retort.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A {@link SchemaLookup} over a JDBC connection; a failure is a {@link SchemaLookupException}. */
public final class JdbcSchemaLookup implements SchemaLookup {
  private final Connection connection;

  public JdbcSchemaLookup(Connection connection) {
    this.connection = connection;
  }

  @Override
  public boolean inTransaction() {
    try {
      return !connection.getAutoCommit();
    } catch (SQLException e) {
      throw new SchemaLookupException("(getAutoCommit)", e);
    }
  }

  @Override
  public List<List<Object>> query(String sql, Object... parameters) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int width = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>(width);
          for (int c = 1; c <= width; c++) {
            row.add(value(rs.getObject(c)));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new SchemaLookupException(sql, e);
    }
  }

  /** A SQL array as a list (its elements may be null); other values as the driver returns them. */
  private static Object value(Object value) throws SQLException {
    if (value instanceof java.sql.Array) {
      java.sql.Array array = (java.sql.Array) value;
      try {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList((Object[]) array.getArray()));
      } finally {
        array.free();
      }
    }
    return value;
  }
}
