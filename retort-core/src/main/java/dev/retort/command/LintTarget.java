package dev.retort.command;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.Capabilities;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.DialectRegistry;
import dev.retort.error.RetortException;
import java.util.Optional;

/**
 * The database {@code retort lint} writes its SQL rules for: the dialect of the project's URL
 * ({@code url} in {@code retort.toml}, {@code sqlalchemy.url}, {@code RETORT_URL}, or {@code
 * --url}), found through the {@link DialectRegistry} without connecting. Lint never needs the
 * database to be reachable, so a URL that is missing or of an unknown form gives no target, and
 * the rules run as they always have (written for PostgreSQL); the commands that connect report
 * such a URL.
 */
final class LintTarget {
  private LintTarget() {}

  /** The target's capabilities, or empty when the project names no database lint can place. */
  static Optional<Capabilities> of(RetortConfig config, DialectRegistry dialects) {
    String url = config.url();
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(dialects.forUrl(DatabaseUrl.parse(url, config.baseFolder())).capabilities());
    } catch (RetortException e) {
      return Optional.empty();
    }
  }
}
