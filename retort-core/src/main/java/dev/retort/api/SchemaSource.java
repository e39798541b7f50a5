package dev.retort.api;

import dev.retort.command.SourceSpec;
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
   * @param url its URL (never printed unredacted)
   * @param base the folder a relative SQLite path is taken against
   */
  record Database(String url, Path base) implements SchemaSource {
    @Override
    public String toString() {
      return "Database[" + dev.retort.dialect.DatabaseUrl.redact(url) + "]";
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
    return of(SourceSpec.parse(text, workingDirectory));
  }

  private static SchemaSource of(SourceSpec spec) {
    if (spec instanceof SourceSpec.Migrations) {
      return new Migrations();
    }
    if (spec instanceof SourceSpec.ConfiguredSchema) {
      return new ConfiguredSchema();
    }
    if (spec instanceof SourceSpec.SqlFiles files) {
      return new SqlFiles(files.location());
    }
    if (spec instanceof SourceSpec.Entities entities) {
      return new Entities(entities.packageName());
    }
    SourceSpec.Live live = (SourceSpec.Live) spec;
    return new Database(live.url(), live.base());
  }
}
