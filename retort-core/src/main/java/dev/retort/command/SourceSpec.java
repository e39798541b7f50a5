package dev.retort.command;

import dev.retort.autogen.source.SchemaSourceException;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One side of a comparison, as {@code --from}/{@code --to} name it: {@code migrations} (replayed to
 * heads on a scratch database), {@code schema} (the configured desired schema), a {@code .sql} file or
 * folder, {@code jpa:<package>}, or a database URL.
 */
public sealed interface SourceSpec {
  /** The migrations replayed to heads on a scratch database. */
  record Migrations() implements SourceSpec {}

  /** The desired schema configured with {@code schema} in {@code retort.toml}. */
  record ConfiguredSchema() implements SourceSpec {}

  /** A {@code .sql} file or a folder of them. */
  record SqlFiles(Path location) implements SourceSpec {}

  /** JPA entities in a package, found on the configured class path. */
  record Entities(String packageName) implements SourceSpec {}

  /**
   * A live database.
   *
   * @param url the URL as given (never print it: use {@link DatabaseUrl#redacted()})
   * @param base the folder a relative SQLite path is taken against
   */
  record Live(String url, Path base) implements SourceSpec {
    @Override
    public String toString() {
      return "Live[" + DatabaseUrl.redact(url) + "]";
    }
  }

  /** The forms accepted, for messages. */
  List<String> FORMS = List.of(
      "migrations           the migrations replayed to heads on a scratch database",
      "schema               the desired schema configured in retort.toml",
      "<file>.sql | <dir>   a schema file or a folder of .sql files",
      "jpa:<package>        JPA entities (with --classpath)",
      "<url>                a database, e.g. sqlite:app.db or postgresql://host/db");

  /** {@link #parse(String, Path)} against the process's working directory. */
  static SourceSpec parse(String text) {
    return parse(text, Path.of("").toAbsolutePath());
  }

  /**
   * Reads a source; relative paths are taken against {@code workingDirectory}.
   *
   * @throws SchemaSourceException RT-M003 when the text is none of the forms, or names a file that does not exist
   */
  static SourceSpec parse(String text, Path workingDirectory) {
    String value = text == null ? "" : text.strip();
    if (value.equals("migrations")) {
      return new Migrations();
    }
    if (value.equals("schema")) {
      return new ConfiguredSchema();
    }
    if (value.startsWith("jpa:")) {
      String pkg = value.substring(4).strip();
      if (!pkg.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
        throw unknown(text, "'" + pkg + "' is not a Java package name");
      }
      return new Entities(pkg);
    }
    if (looksLikeUrl(value)) {
      return new Live(value, workingDirectory);
    }
    if (!value.isEmpty()) {
      Path path = workingDirectory.resolve(value).normalize();
      if (Files.isDirectory(path) || Files.isRegularFile(path) && value.endsWith(".sql")) {
        return new SqlFiles(path);
      }
      if (value.endsWith(".sql") || value.contains("/")) {
        throw unknown(text, "no such file or folder: " + path);
      }
    }
    throw unknown(text, "not a source Retort reads");
  }

  private static SchemaSourceException unknown(String text, String why) {
    return new SchemaSourceException(ErrorCode.M003, null, "unknown schema source '" + text + "': " + why,
        FORMS, "use one of the forms above, e.g. --from migrations --to schema");
  }

  /** Whether the text is a database URL rather than a path. */
  private static boolean looksLikeUrl(String value) {
    return value.contains("://")
        || Pattern.compile("(?i)^(jdbc:)?(sqlite|postgres|postgresql)(:|\\+).*").matcher(value).matches();
  }
}
