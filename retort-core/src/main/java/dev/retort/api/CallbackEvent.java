package dev.retort.api;

/**
 * When a {@link Callback} runs. {@code BEFORE_UPGRADE}/{@code AFTER_UPGRADE} (and the downgrade pair)
 * fire once per command, also when nothing is pending, each in a transaction of its own where the
 * database has transactional DDL; the {@code EACH} events fire around every revision, inside the
 * revision's transaction. SQL callback files are named after these events: {@code before-upgrade.sql},
 * {@code before-each.sql}, {@code after-each.sql}, {@code after-upgrade.sql}, {@code before-downgrade.sql},
 * {@code before-each-downgrade.sql}, {@code after-each-downgrade.sql}, {@code after-downgrade.sql}.
 */
public enum CallbackEvent {
  /** Before an upgrade's first revision (the migration lock is held). */
  BEFORE_UPGRADE,
  /** Before each revision an upgrade applies, in its transaction. */
  BEFORE_EACH,
  /** After each revision an upgrade applies, in its transaction (before its version row is written). */
  AFTER_EACH,
  /** After an upgrade's last revision and the repeatable revisions. */
  AFTER_UPGRADE,
  /** Before a downgrade's first revision. */
  BEFORE_DOWNGRADE,
  /** Before each revision a downgrade reverts, in its transaction. */
  BEFORE_EACH_DOWNGRADE,
  /** After each revision a downgrade reverts, in its transaction. */
  AFTER_EACH_DOWNGRADE,
  /** After a downgrade's last revision. */
  AFTER_DOWNGRADE
}
