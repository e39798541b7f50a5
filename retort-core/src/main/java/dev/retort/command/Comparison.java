package dev.retort.command;

import dev.retort.autogen.diff.DiffOptions;
import dev.retort.autogen.diff.DiffResult;
import dev.retort.autogen.diff.SchemaDiff;
import dev.retort.dialect.Dialect;
import dev.retort.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Two schemas compared: the operations from the current to the desired one and back.
 *
 * @param dialect the dialect both were built and compared in
 * @param upgrade current → desired, with the diff's warnings
 * @param options the rename hints the upgrade was compared with ({@link #downgrade()} reverses them)
 * @param currentDescription where the current schema came from, e.g. {@code migrations at heads (3 revisions)}
 * @param desiredDescription where the desired schema came from, e.g. {@code schema.sql}
 * @param scratchDescription the scratch database used, e.g. {@code SQLite in memory}; empty when none was
 * @param current the current schema
 * @param desired the desired schema
 * @param differences one per upgrade operation, with its SQL
 */
public record Comparison(
    Dialect dialect, DiffResult upgrade, DiffOptions options, String currentDescription, String desiredDescription,
    String scratchDescription, SchemaSnapshot current, SchemaSnapshot desired, List<Difference> differences) {

  public Comparison {
    differences = List.copyOf(differences);
  }

  /**
   * desired → current, the hints reversed: what a generated revision's downgrade does. Compared on
   * each call, since only {@code revision --autogenerate} needs it ({@code check} and {@code diff}
   * do not pay for a second diff).
   */
  public DiffResult downgrade() {
    return SchemaDiff.between(desired, current, options.reversed());
  }

  /** Whether the two schemas are the same. */
  public boolean isEmpty() {
    return upgrade.isEmpty();
  }

  /** The upgrade's statements, in order. */
  public List<String> upgradeSql() {
    List<String> sql = new ArrayList<>();
    differences.forEach(d -> sql.addAll(d.sql()));
    return sql;
  }
}
