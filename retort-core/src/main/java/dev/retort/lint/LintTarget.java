package dev.retort.lint;

import dev.retort.config.RetortConfig;
import dev.retort.config.Source;
import dev.retort.dialect.Capabilities;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectRegistry;
import dev.retort.error.RetortException;
import dev.retort.script.SqlSyntax;
import java.util.Optional;

/**
 * The database {@code retort lint} writes its SQL rules for: the dialect of the project's URL
 * ({@code url} in {@code retort.toml}, {@code RETORT_URL} or {@code DATABASE_URL}, or {@code
 * --url}), found through the {@link DialectRegistry} without connecting. Lint never needs the
 * database to be reachable, so a URL that is not configured (Retort's built-in default is not the
 * user's choice) or of an unknown form gives no target, and the rules run as they always have
 * (written for PostgreSQL); the commands that connect report such a URL.
 */
public final class LintTarget {
  private LintTarget() {}

  /** The target's capabilities, or empty when the project names no database lint can place. */
  public static Optional<Capabilities> of(RetortConfig config, DialectRegistry dialects) {
    return dialect(config, dialects).map(Dialect::capabilities);
  }

  /** How the target splits SQL; standard SQL's forms when the project names no database lint can place. */
  public static SqlSyntax syntax(RetortConfig config, DialectRegistry dialects) {
    return dialect(config, dialects).map(Dialect::sqlSyntax).orElse(SqlSyntax.STANDARD);
  }

  private static Optional<Dialect> dialect(RetortConfig config, DialectRegistry dialects) {
    String url = config.url();
    if (url == null || url.isBlank() || config.sourceOf("url") == Source.DEFAULT) {
      return Optional.empty();
    }
    try {
      return Optional.of(dialects.forUrl(DatabaseUrl.parse(url, config.baseFolder())));
    } catch (RetortException e) {
      return Optional.empty();
    }
  }
}
