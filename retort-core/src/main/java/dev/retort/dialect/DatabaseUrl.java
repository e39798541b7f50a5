package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL in JDBC form ({@code jdbc:postgresql://…}, {@code jdbc:sqlite:…}), Retort's short
 * form ({@code sqlite:retort.db}) or SQLAlchemy's ({@code postgresql://user:pass@host:5432/db},
 * {@code sqlite:///rel.db}, {@code sqlite:////abs.db}, {@code mysql+pymysql://user:pass@host/db},
 * {@code mariadb://…}), or H2's ({@code jdbc:h2:./db}, {@code jdbc:h2:mem:test}, {@code
 * jdbc:h2:tcp://host/db}; short: {@code h2:./db}, {@code h2:mem:test}). The password travels in {@link
 * #properties()}, never in {@link #toString()}.
 *
 * @param scheme the dialect's name: {@code sqlite}, {@code postgresql}, {@code h2} or {@code mysql} (MySQL and
 *     MariaDB; {@code mariadb://} URLs go to MariaDB Connector/J, {@code mysql://} to MySQL Connector/J)
 * @param jdbcUrl the URL handed to the driver, without credentials where they could be separated
 * @param properties driver properties (user, password)
 * @param sqliteFile for SQLite: the database file, or null for an in-memory database
 * @param redacted the URL as it may be shown: any password replaced by {@code ***}
 * @param dataSource where connections come from when an application hands Retort its own pool
 *     ({@link #of(DataSource)}); null when the driver is asked with {@code jdbcUrl}
 */
public record DatabaseUrl(
    String scheme, String jdbcUrl, Properties properties, Path sqliteFile, String redacted, DataSource dataSource) {
  // As SQLAlchemy reads it: the user may hold '@' (user@server on Azure), the password runs to the '@' and may
  // hold '/', ':', '+' unencoded. A host cannot hold '@', so one there belongs to the password (see fromSqlAlchemy).
  private static final Pattern SQLALCHEMY =
      Pattern.compile("(postgres(?:ql)?|mysql|mariadb)(?:\\+\\w+)?://(?:([^:/]*)(?::([^@]*))?@)?([^/?]*)(/[^?]*)?(\\?.*)?");
  private static final Pattern SQLITE_DRIVER = Pattern.compile("sqlite\\+\\w+:");
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
  // The password of user:password@ in any URL, to the LAST '@' before the query string (a password may hold
  // '@', '/' and ':' unencoded); failing that, to the first '@' when no '/' comes before it (a password with '?').
  private static final Pattern USERINFO = Pattern.compile("://([^:/?]*):(?:[^?]*@|[^@/]*@)");

  /** A URL whose connections the driver opens. */
  public DatabaseUrl(String scheme, String jdbcUrl, Properties properties, Path sqliteFile, String redacted) {
    this(scheme, jdbcUrl, properties, sqliteFile, redacted, null);
  }

  public DatabaseUrl {
    Properties copy = new Properties();
    copy.putAll(properties);
    properties = copy;
  }

  @Override
  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /**
   * The database behind an application's {@link DataSource}: its JDBC URL (read from one
   * connection's metadata) gives the dialect and, for SQLite, the file; connections come from the
   * data source.
   */
  public static DatabaseUrl of(DataSource dataSource) {
    String jdbc;
    try (Connection connection = dataSource.getConnection()) {
      jdbc = connection.getMetaData().getURL();
    } catch (SQLException e) {
      throw new DataSourceException(e);
    }
    DatabaseUrl parsed = parse(jdbc, Path.of("").toAbsolutePath());
    return new DatabaseUrl(parsed.scheme, parsed.jdbcUrl, new Properties(), parsed.sqliteFile, parsed.redacted,
        dataSource);
  }

  /**
   * Whether this is a SQLite database whose file does not exist: nothing is in it, and opening a
   * connection would create the file, so a command that only reads or removes leaves it alone.
   */
  public boolean isMissingSqliteFile() {
    return sqliteFile != null && !java.nio.file.Files.exists(sqliteFile);
  }

  /** The same database, with its connections coming from {@code dataSource}. */
  public DatabaseUrl withDataSource(DataSource dataSource) {
    return new DatabaseUrl(scheme, jdbcUrl, properties, sqliteFile, redacted, dataSource);
  }

  /**
   * The same URL with a user and password given apart from it ({@code user}/{@code password} in the
   * configuration); an empty value leaves what the URL says.
   */
  public DatabaseUrl withCredentials(String user, String password) {
    Properties props = properties();
    if (user != null && !user.isEmpty()) {
      props.setProperty("user", user);
    }
    if (password != null && !password.isEmpty()) {
      props.setProperty("password", password);
    }
    return new DatabaseUrl(scheme, jdbcUrl, props, sqliteFile, redacted, dataSource);
  }

  /** The same URL with one more driver property (a dialect's {@link Dialect#inSchema}). */
  public DatabaseUrl withProperty(String key, String value) {
    Properties props = properties();
    props.setProperty(key, value);
    return new DatabaseUrl(scheme, jdbcUrl, props, sqliteFile, redacted, dataSource);
  }

  /** The same database at another driver URL (a dialect's {@link Dialect#inSchema}); shown as {@code shown}. */
  public DatabaseUrl withJdbcUrl(String newJdbcUrl, String shown) {
    return new DatabaseUrl(scheme, newJdbcUrl, properties, sqliteFile, shown, dataSource);
  }

  /** Parses a URL; relative SQLite paths are taken against {@code base}. */
  public static DatabaseUrl parse(String url, Path base) {
    String text = url == null ? "" : url.strip();
    if (text.startsWith("jdbc:sqlite:")) {
      return sqlite(text.substring("jdbc:sqlite:".length()), base, text);
    }
    Matcher driver = SQLITE_DRIVER.matcher(text);
    if (text.startsWith("sqlite:") || driver.lookingAt()) {
      // SQLAlchemy's sqlite+pysqlite:// and sqlite+aiosqlite:// name a driver; the database is the same file
      String rest = text.substring(driver.lookingAt() ? driver.end() : "sqlite:".length());
      if (rest.startsWith("///")) {
        rest = rest.substring(3);
      } else if (rest.startsWith("//")) {
        rest = rest.substring(2);
      }
      return sqlite(rest.isEmpty() ? ":memory:" : rest, base, text);
    }
    if (text.startsWith(H2Location.JDBC_PREFIX)) {
      return h2(text.substring(H2Location.JDBC_PREFIX.length()), base, text);
    }
    if (text.startsWith("h2:")) {
      return h2(text.substring("h2:".length()), base, text);
    }
    if (text.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl("postgresql", text, new Properties(), null, redact(text));
    }
    if (text.startsWith("jdbc:mysql:") || text.startsWith("jdbc:mariadb:")) {
      return new DatabaseUrl("mysql", text, new Properties(), null, redact(text));
    }
    Matcher m = SQLALCHEMY.matcher(text);
    if (m.matches()) {
      return fromSqlAlchemy(m, text);
    }
    throw new UnsupportedUrlException(ErrorCode.D001, redact(text));
  }

  private static DatabaseUrl sqlite(String rest, Path base, String original) {
    String pathText = rest;
    int query = pathText.indexOf('?');
    String params = query < 0 ? "" : pathText.substring(query);
    pathText = query < 0 ? pathText : pathText.substring(0, query);
    if (pathText.equals(":memory:") || pathText.isEmpty()) {
      return new DatabaseUrl("sqlite", "jdbc:sqlite::memory:" + params, new Properties(), null, original);
    }
    Path file = base.resolve(pathText).toAbsolutePath().normalize();
    return new DatabaseUrl("sqlite", "jdbc:sqlite:" + file + params, new Properties(), file, original);
  }

  /** An H2 URL: relative file paths against {@code base}; settings such as {@code ;MODE=PostgreSQL} kept. */
  private static DatabaseUrl h2(String rest, Path base, String original) {
    H2Location location = H2Location.read(rest, base);
    return new DatabaseUrl("h2", location.driverUrl(), new Properties(), null, redact(original));
  }

  private static DatabaseUrl fromSqlAlchemy(Matcher m, String text) {
    Properties props = new Properties();
    if (m.group(2) != null && !m.group(2).isEmpty()) {
      props.setProperty("user", decodeUserInfo(m.group(2)));
    }
    String password = m.group(3);
    String hostPort = m.group(4);
    int at = hostPort.lastIndexOf('@');
    if (password != null && at >= 0) {
      // user:pa@ss@host: SQLAlchemy would look up the host "ss@host"; the '@' can only be the password's
      password = password + "@" + hostPort.substring(0, at);
      hostPort = hostPort.substring(at + 1);
    }
    if (password != null) {
      props.setProperty("password", decodeUserInfo(password));
    }
    hostPort = hostPort.isEmpty() ? "localhost" : hostPort;
    String database = m.group(5) == null ? "/" : m.group(5);
    Map<String, String> query = new LinkedHashMap<>();
    if (m.group(6) != null) {
      for (String pair : m.group(6).substring(1).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.put(pair.substring(0, eq), decode(pair.substring(eq + 1)));
        }
      }
    }
    String driver = m.group(1).startsWith("postgres") ? "postgresql" : m.group(1);
    String scheme = driver.equals("postgresql") ? "postgresql" : "mysql";
    StringBuilder jdbc = new StringBuilder("jdbc:" + driver + "://").append(hostPort).append(database);
    String sep = "?";
    for (Map.Entry<String, String> e : query.entrySet()) {
      if (e.getKey().equals("password")) {
        props.setProperty("password", e.getValue());
        continue;
      }
      if (scheme.equals("mysql") && e.getKey().equals("charset")) {
        continue; // PyMySQL's charset=utf8mb4: what both Java drivers use by default
      }
      jdbc.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = "&";
    }
    return new DatabaseUrl(scheme, jdbc.toString(), props, null, redact(text));
  }

  /** A query value, as SQLAlchemy's {@code parse_qsl}: '+' is a space. */
  private static String decode(String text) {
    return percentDecode(text.replace('+', ' '));
  }

  /** A user or password, as SQLAlchemy's {@code unquote}: a '+' is a plus. */
  private static String decodeUserInfo(String text) {
    return percentDecode(text);
  }

  /** Decodes %XX escapes (UTF-8); a '%' not followed by two hex digits stays as it is, as in Python. */
  private static String percentDecode(String text) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      int hi = in[i] == '%' && i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
      int lo = hi >= 0 ? Character.digit(in[i + 2], 16) : -1;
      if (lo >= 0) {
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(in[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The URL with any password replaced by {@code ***}: the password of {@code user:password@host}
   * (to the last {@code @} before the query string) and {@code password=} parameters. Every
   * message that shows a URL shows it through here.
   */
  public static String redact(String url) {
    String out = USERINFO.matcher(url).replaceAll("://$1:***@");
    return PASSWORD_PARAM.matcher(out).replaceAll("$1***");
  }

  @Override
  public String toString() {
    return redacted;
  }
}
