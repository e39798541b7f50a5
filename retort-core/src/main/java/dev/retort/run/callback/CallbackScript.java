package dev.retort.run.callback;

import java.nio.file.Path;

/**
 * A SQL callback file.
 *
 * @param event when it runs
 * @param path the file
 * @param text its text (placeholders replaced once {@link Callbacks#prepared} ran)
 */
public record CallbackScript(CallbackEvent event, Path path, String text) {
  /** The file name, e.g. {@code after-upgrade__grants.sql}. */
  public String name() {
    return path.getFileName().toString();
  }
}
