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
  private ImportedConfig() {}

  /** The file's text for the project in {@code folder} imported from the Alembic configuration {@code alembic}. */
  static String text(RetortConfig alembic, Path folder) {
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
    out.append("# Alembic's version table: the database is adopted as it is. Retort widens its version_num\n")
        .append("# column (VARCHAR(32) in Alembic) to version_column_width before it writes a longer id.\n")
        .append("version_table = \"alembic_version\"\n");
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
