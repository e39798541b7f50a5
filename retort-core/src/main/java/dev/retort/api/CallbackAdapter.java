package dev.retort.api;

import dev.retort.run.callback.CallbackHandler;
import java.sql.Connection;
import java.util.Optional;

/** A public {@link Callback} as the engine runs it. */
record CallbackAdapter(Callback callback) implements CallbackHandler {
  @Override
  public String name() {
    return callback.name();
  }

  @Override
  public void handle(dev.retort.run.callback.CallbackEvent event, String revision, Connection connection)
      throws Exception {
    callback.handle(new CallbackContext(CallbackEvent.valueOf(event.name()), Optional.ofNullable(revision),
        connection));
  }
}
