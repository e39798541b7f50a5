package dev.retort.lint.rules;

import dev.retort.lint.Rule;
import java.util.List;

/**
 * The rules that read a live database, for {@code lint --url} (codes RT3xx). Without a database
 * in the context they find nothing.
 */
public final class DatabaseRules {
  private DatabaseRules() {}

  public static List<Rule> all() {
    return all(new UpgradeScripts());
  }

  /** Every database rule, reading revisions through {@code scripts}. */
  static List<Rule> all(UpgradeScripts scripts) {
    return List.of(
        new AppliedRevisionMissingScript(),
        new AppliedRevisionEdited(),
        new VersionColumnTooNarrow(),
        new JsonbOperatorOnJsonColumn(scripts));
  }
}
