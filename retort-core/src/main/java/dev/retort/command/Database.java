package dev.retort.command;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectRegistry;
import dev.retort.run.RunOptions;

/**
 * The database a project's commands work on: its URL (relative SQLite paths taken against the
 * configuration file's folder), dialect and run options.
 *
 * @param url the parsed URL
 * @param dialect its dialect
 * @param options the run options from configuration
 */
public record Database(DatabaseUrl url, Dialect dialect, RunOptions options) {
  public static Database of(RetortConfig config, DialectRegistry dialects) {
    return of(config, dialects, null);
  }

  /**
   * As {@link #of(RetortConfig, DialectRegistry)}; with a {@code dataSource} (an application's
   * pool), connections come from it and the configured URL is not used.
   */
  public static Database of(RetortConfig config, DialectRegistry dialects, javax.sql.DataSource dataSource) {
    if (dataSource != null) {
      DatabaseUrl url = DatabaseUrl.of(dataSource);
      return new Database(url, dialects.forUrl(url), options(config));
    }
    DatabaseUrl url = DatabaseUrl.parse(config.url(), config.baseFolder()).withCredentials(config.user(), config.password());
    return new Database(url, dialects.forUrl(url), options(config));
  }

  private static RunOptions options(RetortConfig config) {
    return new RunOptions(
        config.versionTable(),
        config.versionColumnWidth(),
        config.autoWidenVersionColumn(),
        config.transactionPerMigration(),
        config.lockTimeout(),
        new dev.retort.script.Placeholders(config.placeholderReplacement(), config.placeholders()));
  }
}
