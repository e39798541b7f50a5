package dev.retort.run.callback;

import dev.retort.script.Placeholders;
import java.util.List;

/**
 * The callbacks of a project: SQL files, run first (by file name), then Java handlers (in the order
 * given).
 *
 * @param scripts the SQL callback files, by file name
 * @param handlers the Java callbacks
 */
public record Callbacks(List<CallbackScript> scripts, List<CallbackHandler> handlers) {
  /** No callbacks. */
  public static final Callbacks NONE = new Callbacks(List.of(), List.of());

  public Callbacks {
    scripts = List.copyOf(scripts);
    handlers = List.copyOf(handlers);
  }

  /** Whether there is nothing to run at any event. */
  public boolean isEmpty() {
    return scripts.isEmpty() && handlers.isEmpty();
  }

  /** The SQL files of {@code event}, by file name. */
  public List<CallbackScript> scriptsFor(CallbackEvent event) {
    return scripts.stream().filter(s -> s.event() == event).toList();
  }

  /** The same callbacks with these Java handlers added after the present ones. */
  public Callbacks withHandlers(List<CallbackHandler> more) {
    return more.isEmpty() ? this
        : new Callbacks(scripts, java.util.stream.Stream.concat(handlers.stream(), more.stream()).toList());
  }

  /**
   * The same callbacks with placeholders replaced in the SQL files, so that a missing value is
   * reported before anything runs.
   *
   * @throws dev.retort.script.MissingPlaceholderException for the first placeholder without a value
   */
  public Callbacks prepared(Placeholders placeholders) {
    return new Callbacks(scripts.stream()
        .map(s -> new CallbackScript(s.event(), s.path(), placeholders.apply(s.path(), s.text())))
        .toList(), handlers);
  }
}
