package dev.retort.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Immutable sorted copies, so that two reflections of one schema are {@code equals}. */
final class Sorted {
  private Sorted() {}

  /** An immutable copy of {@code items} sorted by {@code order}; null elements are refused. */
  static <T> List<T> copy(Collection<? extends T> items, Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return List.copyOf(copy);
  }

  /** Orders by a name that may be null (unnamed first), then by a key that tells unnamed ones apart. */
  static <T> Comparator<T> byName(
      java.util.function.Function<T, String> name, java.util.function.Function<T, String> key) {
    return Comparator.comparing(name, Comparator.nullsFirst(Comparator.<String>naturalOrder())).thenComparing(key);
  }
}
