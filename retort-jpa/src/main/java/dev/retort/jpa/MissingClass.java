package dev.retort.jpa;

import java.util.Optional;

/** The name of the class that a {@link NoClassDefFoundError} or similar failure says is missing. */
final class MissingClass {
  private MissingClass() {}

  /** The missing class's binary name ({@code com.example.Money}), if {@code e} or a cause names one. */
  static Optional<String> of(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
        String message = t.getMessage();
        if (message != null && !message.isBlank()) {
          return Optional.of(message.strip().replace('/', '.'));
        }
      }
      if (t instanceof TypeNotPresentException missing) {
        return Optional.of(missing.typeName());
      }
    }
    return Optional.empty();
  }
}
