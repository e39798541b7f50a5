package dev.retort.spring;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The names of the {@code retort.*} properties, as written in {@code application.properties}. */
final class RetortPropertyNames {
  private RetortPropertyNames() {}

  /** Every property, e.g. {@code retort.validate-on-migrate}, in declaration order. */
  static List<String> all() {
    return Arrays.stream(RetortProperties.class.getRecordComponents())
        .map(RecordComponent::getName)
        .map(name -> "retort." + kebab(name))
        .toList();
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
