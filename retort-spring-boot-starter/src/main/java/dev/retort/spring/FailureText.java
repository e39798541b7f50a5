package dev.retort.spring;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.Map;

/**
 * The text of a start-up failure: the description is the error as the command line prints it
 * (code, file and line, what happened, the detail lines) and the action is its fix, said the
 * Spring Boot way where the engine's fix names a {@code retort.toml} key or a command-line flag.
 *
 * @param description what went wrong, several lines
 * @param action what to do about it
 */
record FailureText(String description, String action) {

  /** Fixes for codes whose engine hint speaks of retort.toml or flags, which a Spring application does not use. */
  private static final Map<ErrorCode, String> SPRING_ACTIONS = Map.of(
      ErrorCode.S006, "create the folder, or point retort.locations at the folders that hold the revision files"
          + " (default classpath:db/retort)",
      ErrorCode.D001, "set retort.url to a supported database URL, or leave it out to migrate the application's"
          + " DataSource",
      ErrorCode.D002, "check that the database is running, and spring.datasource.* (or retort.url, retort.user and"
          + " retort.password when Retort connects by itself)",
      ErrorCode.L001, "another instance is migrating the same database: let it finish and start again, or raise"
          + " retort.lock-timeout",
      ErrorCode.C002, "correct the retort.* property named above");

  static FailureText of(RetortException error) {
    StringBuilder description = new StringBuilder("Retort stopped the start-up: ");
    description.append("error[").append(error.code().display()).append("]: ");
    error.location().ifPresent(location -> description.append(location).append(": "));
    description.append(error.summary());
    for (String line : error.details()) {
      description.append("\n  ").append(line);
    }
    return new FailureText(description.toString(), action(error) + "\n\n(" + error.code().display() + " "
        + error.code().title() + ": see Retort's docs/errors.md)");
  }

  private static String action(RetortException error) {
    if (!(error instanceof RetortConfigurationException) && SPRING_ACTIONS.containsKey(error.code())) {
      return SPRING_ACTIONS.get(error.code());
    }
    String hint = error.hint().replace("run the same command again", "start the application again");
    return hint.isEmpty() ? "see " + error.code().display() + " in Retort's docs/errors.md" : hint;
  }
}
