package dev.retort.autogen.source;

import java.util.List;
import java.util.Map;

/**
 * What {@link EntitySchemaExport} makes of the entities.
 *
 * @param statements the DDL that creates their tables, sequences and constraints, in the order to run it
 * @param tableRenames rename hints from the entities ({@code @RenamedFrom} on an entity class): old table name to
 *     new table name
 * @param columnRenames rename hints on fields: {@code table.old} to the new column name, where {@code table} is the
 *     entity's (new) table name — the keys of {@code dev.retort.autogen.diff.DiffOptions#columnRenames()}
 */
public record EntityDdl(List<String> statements, Map<String, String> tableRenames, Map<String, String> columnRenames) {
  public EntityDdl {
    statements = List.copyOf(statements);
    tableRenames = Map.copyOf(tableRenames);
    columnRenames = Map.copyOf(columnRenames);
  }
}
