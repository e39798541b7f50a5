package dev.retort.jpa;

import dev.retort.autogen.source.EntityLoadException;
import dev.retort.autogen.source.EntitySource;
import java.util.ArrayList;
import java.util.List;

/** The RT-M010 errors of a mapping Hibernate refuses, with Hibernate's reason on one line. */
final class MappingRefused {
  private MappingRefused() {}

  static EntityLoadException of(EntitySource source, RuntimeException e) {
    List<String> details = new ArrayList<>();
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && !message.isBlank() && !String.valueOf(e.getMessage()).contains(message)) {
        details.add("caused by: " + oneLine(message));
      }
    }
    details.add("class path searched: " + ClassPathText.of(source.classpath()));
    return new EntityLoadException("Hibernate ORM refuses the entities of package " + source.packageName()
        + ": " + oneLine(e.getMessage()), details,
        "fix the mapping Hibernate names (the application would fail the same way when it starts)", e);
  }

  static EntityLoadException missingClass(EntitySource source, Throwable e) {
    String missing = MissingClass.of(e).orElse(e.toString());
    return new EntityLoadException("the entities of package " + source.packageName() + " do not load: class " + missing
        + " is missing", List.of("reason: " + e, "class path searched: " + ClassPathText.of(source.classpath())),
        "add the jar or folder that holds " + missing + " to --classpath (classpath in retort.toml)", e);
  }

  private static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "(no message)";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
