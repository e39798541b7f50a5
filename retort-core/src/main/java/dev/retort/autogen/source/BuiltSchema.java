package dev.retort.autogen.source;

import dev.retort.schema.SchemaSnapshot;
import java.util.List;

/**
 * A schema read from one source, as its database reflects it.
 *
 * @param snapshot the schema, without Retort's version and history tables
 * @param hints the rename hints the source carries ({@code -- retort:renamed-from}, entity annotations)
 * @param description what the source was, for the console: {@code migrations at heads (3 revisions)},
 *     {@code schema.sql}, {@code database sqlite:///app.db}
 */
public record BuiltSchema(SchemaSnapshot snapshot, List<RenameHint> hints, String description) {
  public BuiltSchema {
    hints = List.copyOf(hints);
  }
}
