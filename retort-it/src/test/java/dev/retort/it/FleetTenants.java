package dev.retort.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads the tenant schemas of a PostgreSQL fleet test: each schema's version rows, tables and history. */
final class FleetTenants {
  private final TestDb.Pg db;

  FleetTenants(TestDb.Pg db) {
    this.db = db;
  }

  static String name(int i) {
    return String.format("t%03d", i);
  }

  static List<String> names(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add(name(i));
    }
    return names;
  }

  void sql(String... statements) {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The version rows of schema {@code tenant_<name>}; empty when it has no version table. */
  List<String> rows(String name) {
    return column("SELECT version_num FROM tenant_" + name + ".retort_version ORDER BY 1", true);
  }

  /** The tables of schema {@code tenant_<name>} other than Retort's. */
  Set<String> tables(String name) {
    return new TreeSet<>(column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'tenant_" + name
        + "' AND table_name NOT LIKE 'retort%'", false));
  }

  /** How many successful upgrade steps the history of {@code tenant_<name>} records for {@code revision}. */
  int upgrades(String name, String revision) {
    List<String> n = column("SELECT count(*) FROM tenant_" + name + ".retort_history WHERE revision = '" + revision
        + "' AND direction = 'upgrade' AND success", false);
    return Integer.parseInt(n.get(0));
  }

  private List<String> column(String sql, boolean emptyWhenMissing) {
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      if (emptyWhenMissing && "42P01".equals(e.getSQLState())) {
        return List.of();
      }
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
