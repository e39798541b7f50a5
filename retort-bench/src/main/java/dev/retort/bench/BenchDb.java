package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * One fresh, empty database for one measurement, with its URL in each tool's spelling: Retort's,
 * SQLAlchemy's (Alembic) and JDBC's (the floor and Flyway).
 */
abstract class BenchDb {
  final String name;

  BenchDb(String name) {
    this.name = name;
  }

  abstract String kind();

  abstract String retortUrl();

  abstract String sqlalchemyUrl();

  abstract String jdbcUrl();

  abstract Properties props();

  /** Removes the database (after a measurement; never timed). */
  abstract void drop();

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), props());
  }

  /** How many tables named t_<n> the database has. */
  int createdTables() throws SQLException {
    String sql = switch (kind()) {
      case "sqlite" -> "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 't!_%' ESCAPE '!'";
      case "mysql" -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = database()"
          + " AND table_name LIKE 't!_%' ESCAPE '!'";
      default -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
          + " AND table_name LIKE 't!_%' ESCAPE '!'";
    };
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The single value of {@code SELECT <column> FROM <table>}, or null (no table, no row). */
  String single(String query) {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  void execute(List<String> statements) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    }
  }

  /** A SQLite database file; deleted (with its journal and lock files) before use and on drop. */
  static final class Sqlite extends BenchDb {
    private final Path file;

    Sqlite(Path dir, String name) {
      super(name);
      this.file = dir.resolve(name + ".db").toAbsolutePath().normalize();
      drop();
    }

    @Override
    String kind() {
      return "sqlite";
    }

    @Override
    String retortUrl() {
      return "sqlite:///" + file;
    }

    @Override
    String sqlalchemyUrl() {
      return "sqlite:///" + file;
    }

    @Override
    String jdbcUrl() {
      return "jdbc:sqlite:" + file;
    }

    @Override
    Properties props() {
      return new Properties();
    }

    @Override
    void drop() {
      try {
        Files.createDirectories(file.getParent());
        for (String suffix : List.of("", "-journal", "-wal", "-shm", ".retort-lock")) {
          Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A database created on the benchmark's PostgreSQL server; dropped with DROP DATABASE. */
  static final class Postgres extends BenchDb {
    private final PgServer server;

    Postgres(PgServer server, String name) {
      super(name);
      this.server = server;
      server.admin("DROP DATABASE IF EXISTS " + name);
      server.admin("CREATE DATABASE " + name);
    }

    @Override
    String kind() {
      return "postgresql";
    }

    @Override
    String retortUrl() {
      return "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + name;
    }

    @Override
    String sqlalchemyUrl() {
      return "postgresql+psycopg2://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + name;
    }

    @Override
    String jdbcUrl() {
      return "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + name;
    }

    @Override
    Properties props() {
      Properties p = new Properties();
      p.setProperty("user", server.user());
      return p;
    }

    @Override
    void drop() {
      server.admin("DROP DATABASE IF EXISTS " + name);
    }
  }

  /** A database created on the MariaDB server bench/apply.sh started; dropped with DROP DATABASE. */
  static final class Mariadb extends BenchDb {
    private final MariaDbBenchServer server;

    Mariadb(MariaDbBenchServer server, String name) {
      super(name);
      this.server = server;
      server.admin("DROP DATABASE IF EXISTS " + name);
      server.admin("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    }

    @Override
    String kind() {
      return "mysql";
    }

    @Override
    String retortUrl() {
      return "mariadb://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + name;
    }

    @Override
    String sqlalchemyUrl() {
      return "mysql+pymysql://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + name;
    }

    @Override
    String jdbcUrl() {
      return "jdbc:mariadb://" + server.host() + ":" + server.port() + "/" + name;
    }

    @Override
    Properties props() {
      Properties p = new Properties();
      p.setProperty("user", server.user());
      return p;
    }

    @Override
    void drop() {
      server.admin("DROP DATABASE IF EXISTS " + name);
    }
  }
}
