package dev.retort.run.callback;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The points of a run where callbacks fire. The {@code before}/{@code after} events of a command fire
 * once per run (also when nothing is pending), each in a transaction of its own where the database
 * has transactional DDL; the {@code each} events fire around every revision the run applies or
 * reverts, inside that revision's transaction, so a failing callback rolls the revision back.
 */
public enum CallbackEvent {
  BEFORE_UPGRADE("before-upgrade", true),
  BEFORE_EACH("before-each", true),
  AFTER_EACH("after-each", true),
  AFTER_UPGRADE("after-upgrade", true),
  BEFORE_DOWNGRADE("before-downgrade", false),
  BEFORE_EACH_DOWNGRADE("before-each-downgrade", false),
  AFTER_EACH_DOWNGRADE("after-each-downgrade", false),
  AFTER_DOWNGRADE("after-downgrade", false);

  /** Separates the event from an optional description in a file name: {@code after-upgrade__grants.sql}. */
  public static final String DESCRIPTION_SEPARATOR = "__";

  private final String fileStem;
  private final boolean upgrade;

  CallbackEvent(String fileStem, boolean upgrade) {
    this.fileStem = fileStem;
    this.upgrade = upgrade;
  }

  /** The name SQL callback files start with, e.g. {@code before-upgrade}. */
  public String fileStem() {
    return fileStem;
  }

  /** Whether the event belongs to upgrades (else to downgrades). */
  public boolean upgrade() {
    return upgrade;
  }

  /** The event a callback file name ({@code after-upgrade.sql}, {@code after-upgrade__grants.sql}) names. */
  public static Optional<CallbackEvent> ofFileName(String fileName) {
    if (!fileName.endsWith(".sql")) {
      return Optional.empty();
    }
    String stem = fileName.substring(0, fileName.length() - ".sql".length());
    int separator = stem.indexOf(DESCRIPTION_SEPARATOR);
    String event = separator < 0 ? stem : stem.substring(0, separator);
    return Arrays.stream(values()).filter(e -> e.fileStem.equals(event)).findFirst();
  }

  /** Every file stem, in event order (for messages). */
  public static List<String> fileStems() {
    return Arrays.stream(values()).map(CallbackEvent::fileStem).toList();
  }

  /** The event before a run of {@code command} ({@code upgrade} or {@code downgrade}); empty for a stamp. */
  public static Optional<CallbackEvent> before(String command) {
    return switch (command) {
      case "upgrade" -> Optional.of(BEFORE_UPGRADE);
      case "downgrade" -> Optional.of(BEFORE_DOWNGRADE);
      default -> Optional.empty();
    };
  }

  /** The event after a run of {@code command}; empty for a stamp. */
  public static Optional<CallbackEvent> after(String command) {
    return switch (command) {
      case "upgrade" -> Optional.of(AFTER_UPGRADE);
      case "downgrade" -> Optional.of(AFTER_DOWNGRADE);
      default -> Optional.empty();
    };
  }

  /** The event before one revision's step; {@code upgrade} says which way it runs. */
  public static CallbackEvent beforeEach(boolean upgrade) {
    return upgrade ? BEFORE_EACH : BEFORE_EACH_DOWNGRADE;
  }

  /** The event after one revision's step. */
  public static CallbackEvent afterEach(boolean upgrade) {
    return upgrade ? AFTER_EACH : AFTER_EACH_DOWNGRADE;
  }
}
