package dev.retort.lint.rules;

import dev.retort.lint.Rule;
import java.util.List;

/**
 * The SQL safety rules (codes RT2xx). They read the upgrade sections of SQL revisions and the
 * {@code op.execute("...")} literals of Java revisions' {@code upgrade} methods (never the
 * downgrades); the rules of one {@link #all()} call share one read of the files.
 */
public final class SqlRules {
  private SqlRules() {}

  public static List<Rule> all() {
    return all(new UpgradeScripts());
  }

  /** Every SQL rule, reading revisions through {@code scripts}. */
  static List<Rule> all(UpgradeScripts scripts) {
    return List.of(
        new DropWithoutIfExists(scripts),
        new IndexWithoutConcurrently(scripts),
        new NotNullColumnWithoutDefault(scripts),
        new AlterColumnType(scripts),
        new ConstraintWithoutNotValid(scripts),
        new RenameOrDrop(scripts),
        new SetNotNull(scripts),
        new DestructiveChange(),
        new AlterWithoutAlgorithm(scripts),
        new AlterWithoutLockNone(scripts),
        new ModifyColumnType(scripts),
        new ForeignKeyWithChecks(scripts),
        new WriteBlockingAlter(scripts));
  }
}
