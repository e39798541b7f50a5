package dev.retort.api;

/**
 * Code run at fixed points of an upgrade or downgrade ({@link CallbackEvent}), after the SQL callback
 * files of the same event. Register one with {@link RetortBuilder#callback}; the Spring Boot starter
 * registers every {@code Callback} bean. A callback that throws stops the run: an {@code EACH}
 * callback rolls its revision back, a {@code BEFORE} callback leaves the database unchanged. Java
 * callbacks do not run in offline ({@code --sql}) scripts.
 */
@FunctionalInterface
public interface Callback {
  /** Runs at {@code context.event()}; check the event and return when it is not one this callback handles. */
  void handle(CallbackContext context) throws Exception;

  /** The name error messages use; by default the class name. */
  default String name() {
    return getClass().getName();
  }
}
