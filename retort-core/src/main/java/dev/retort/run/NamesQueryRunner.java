package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectRegistry;
import dev.retort.error.ErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs a fleet's {@code names_query}: the first column of each row, as text, in order. */
public final class NamesQueryRunner {
  private final DialectRegistry dialects;
  private final Path base;

  public NamesQueryRunner(DialectRegistry dialects, Path base) {
    this.dialects = dialects;
    this.base = base;
  }

  /** The names {@code sql} gives on the database at {@code url}. */
  public List<String> names(String url, String sql) {
    DatabaseUrl parsed = DatabaseUrl.parse(url, base);
    Dialect dialect = dialects.forUrl(parsed);
    List<String> names = new ArrayList<>();
    try (Connection connection = Connector.open(parsed, dialect);
        Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (name != null && !name.isBlank()) {
          names.add(name.strip());
        }
      }
    } catch (SQLException e) {
      throw new RunException(ErrorCode.F007, null, "the names_query failed on " + parsed.redacted() + ": "
          + Connector.withoutPassword(String.valueOf(e.getMessage()), parsed).strip(), List.of("query: " + sql),
          "fix the query in [[fleet.generate]] (it must return the tenant names in its first column)", e);
    }
    return names;
  }
}
