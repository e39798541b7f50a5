package dev.retort.command;

import dev.retort.config.RetortConfig;
import dev.retort.config.Source;
import dev.retort.dialect.DatabaseUrl;
import java.nio.file.Path;

/**
 * The {@code retort.toml} of a project imported from Alembic: the scripts in {@code migrations/},
 * Alembic's database URL (a SQLite file's path made relative to the new folder) and its version
 * table, so that a database Alembic migrated is adopted as it is.
 */
final class ImportedConfig {
  /** Alembic's version table unless {@code env.py} names another. */
  private static final String DEFAULT_TABLE = "alembic_version";

  /**
   * A {@code version_table="..."} (or {@code '...'}) that {@code env.py} passes to {@code
   * context.configure()}: Alembic's own table name is set only there.
   */
  private static final java.util.regex.Pattern VERSION_TABLE =
      java.util.regex.Pattern.compile("\\bversion_table\\s*=\\s*(?:\"([^\"\\\\]+)\"|'([^'\\\\]+)')");

  private ImportedConfig() {}

  /**
   * The version table the Alembic project uses: the literal {@code version_table=} of its {@code
   * env.py} when there is one, else Alembic's default {@code alembic_version}.
   */
  static String versionTable(RetortConfig alembic) {
    Path env = alembic.scriptLocation().resolve("env.py");
    if (!java.nio.file.Files.isRegularFile(env)) {
      return DEFAULT_TABLE;
    }
    try {
      java.util.regex.Matcher m = VERSION_TABLE.matcher(java.nio.file.Files.readString(env));
      return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : DEFAULT_TABLE;
    } catch (java.io.IOException | java.io.UncheckedIOException unreadable) {
      return DEFAULT_TABLE;
    }
  }

  /** The file's text for the project in {@code folder} imported from the Alembic configuration {@code alembic}. */
  static String text(RetortConfig alembic, Path folder, String versionTable) {
    StringBuilder out = new StringBuilder();
    out.append("# Imported from ").append(alembic.configFile()
            .map(f -> folder.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize()).toString())
            .orElse("an Alembic project"))
        .append(" by retort import-alembic.\n")
        .append("# Relative paths are taken against this file's folder.\n\n")
        .append("script_location = \"migrations\"\n\n");
    if (alembic.sourceOf("url") == Source.FILE && alembic.url() != null && !alembic.url().isBlank()) {
      out.append("# sqlalchemy.url of the Alembic configuration\n")
          .append("url = ").append(quoted(url(alembic, folder))).append("\n\n");
    } else {
      out.append("# The Alembic configuration has no sqlalchemy.url: set RETORT_URL or DATABASE_URL, or write it here.\n")
          .append("# url = \"postgresql://user@localhost/app\"\n\n");
    }
    out.append("# Alembic's version table")
        .append(versionTable.equals(DEFAULT_TABLE) ? "" : " (env.py passes version_table=\"" + versionTable + "\")")
        .append(": the database is adopted as it is.\n# Retort widens its version_num column (VARCHAR(32) in Alembic)")
        .append(" to version_column_width before it writes a longer id.\n")
        .append("version_table = ").append(quoted(versionTable)).append('\n');
    return out.toString();
  }

  /** The URL, with a SQLite file's absolute path made relative to {@code folder} when it is under the Alembic project. */
  private static String url(RetortConfig alembic, Path folder) {
    String url = alembic.url().strip();
    if (!url.startsWith("sqlite:")) {
      return url;
    }
    try {
      DatabaseUrl parsed = DatabaseUrl.parse(url, alembic.baseFolder());
      Path file = parsed.sqliteFile();
      if (file == null || !file.startsWith(alembic.baseFolder())) {
        return url;
      }
      int query = url.indexOf('?');
      String relative = folder.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
      return "sqlite:///" + relative + (query < 0 ? "" : url.substring(query));
    } catch (RuntimeException unparsable) {
      return url;
    }
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
