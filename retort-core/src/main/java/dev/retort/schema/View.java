package dev.retort.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A view.
 *
 * @param name the view name
 * @param definition the query as the database reports it (PostgreSQL: {@code pg_get_viewdef},
 *     which normalises it; SQLite: the text after {@code AS} as written)
 * @param comment the view comment, or null
 */
public record View(String name, String definition, String comment) {
  static final Comparator<View> ORDER = Comparator.comparing(View::name);

  public View {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
  }
}
