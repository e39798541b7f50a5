package dev.retort.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL enum type.
 *
 * @param name the type name
 * @param labels the labels in their sort order (the order of the type, not alphabetical)
 */
public record EnumType(String name, List<String> labels) {
  static final Comparator<EnumType> ORDER = Comparator.comparing(EnumType::name);

  public EnumType {
    Objects.requireNonNull(name, "name");
    labels = List.copyOf(labels);
  }
}
