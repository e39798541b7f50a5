package dev.retort.api;

import dev.retort.command.SourceSpec;
import dev.retort.dialect.DatabaseUrl;
import java.nio.file.Path;

/**
 * One side of a schema comparison: the migrations replayed on a scratch database, the configured
 * desired schema, {@code .sql} files, JPA entities, or a live database.
 */
public sealed interface SchemaSource {
  /** The migrations replayed to heads on a scratch database. */
  record Migrations() implements SchemaSource {}

  /** The desired schema configured with {@code schema} in {@code retort.toml}. */
  record ConfiguredSchema() implements SchemaSource {}

  /** A {@code .sql} file or a folder of them (applied in name order). */
  record SqlFiles(Path location) implements SchemaSource {}

  /** The JPA entities of a package, found on the configured class path. */
  record Entities(String packageName) implements SchemaSource {}

  /**
   * A live database.
   *
   * @param url its URL (never shown unredacted: see {@link #redactedUrl()})
   * @param base the folder a relative SQLite path is taken against
   */
  record Database(String url, Path base) implements SchemaSource {
    /** The URL as it may be shown: any password replaced by {@code ***}. */
    public String redactedUrl() {
      return DatabaseUrl.redact(url);
    }

    @Override
    public String toString() {
      return "Database[" + redactedUrl() + "]";
    }
  }

  /**
   * Reads a source as {@code --from}/{@code --to} name it: {@code migrations}, {@code schema}, a
   * {@code .sql} file or folder, {@code jpa:<package>}, or a database URL; relative paths against
   * {@code workingDirectory}.
   *
   * @throws dev.retort.error.RetortException RT-M003 when it is none of these
   */
  static SchemaSource parse(String text, Path workingDirectory) {
    return Values.source(SourceSpec.parse(text, workingDirectory));
  }
}
