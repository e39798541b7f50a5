package dev.retort.autogen.source;

import dev.retort.autogen.diff.DiffOptions;
import dev.retort.error.ErrorCode;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks rename hints against the schema they rename from and turns them into {@link DiffOptions}.
 * A hint whose rename is already done (the old name gone, the new one there) is skipped, so hints
 * can stay in {@code schema.sql} or on entities after their revision is applied. A hint whose old
 * name the schema lacks, and whose new name it lacks too, is an error (RT-M008).
 */
public final class HintCheck {
  private HintCheck() {}

  /**
   * The diff options for hints that rename elements of {@code before} into {@code after}.
   *
   * @throws SchemaSourceException RT-M008 naming the hint's file and line
   */
  public static DiffOptions options(List<RenameHint> hints, SchemaSnapshot before, SchemaSnapshot after) {
    DiffOptions options = DiffOptions.none();
    Map<String, RenameHint> tableFrom = new HashMap<>();
    Map<String, String> oldTableOf = new HashMap<>();
    for (RenameHint hint : hints) {
      if (hint.kind() != RenameHint.Kind.TABLE) {
        continue;
      }
      RenameHint earlier = tableFrom.putIfAbsent(hint.from(), hint);
      if (earlier != null) {
        throw bad(hint, "two hints rename table " + hint.from() + " (the other: " + earlier.describe() + ")");
      }
      if (table(before, hint.from()).isEmpty()) {
        if (table(before, hint.to()).isPresent()) {
          continue; // the rename is already applied
        }
        throw bad(hint, "table " + hint.from() + " is not in the current schema, nor is " + hint.to());
      }
      oldTableOf.put(hint.to(), hint.from());
      options = options.renameTable(hint.from(), hint.to());
    }
    Map<String, RenameHint> columnFrom = new HashMap<>();
    for (RenameHint hint : hints) {
      if (hint.kind() != RenameHint.Kind.COLUMN) {
        continue;
      }
      RenameHint earlier = columnFrom.putIfAbsent(hint.table() + "." + hint.from(), hint);
      if (earlier != null) {
        throw bad(hint, "two hints rename column " + hint.table() + "." + hint.from());
      }
      String oldTable = oldTableOf.getOrDefault(hint.table(), hint.table());
      Optional<Table> table = table(before, oldTable);
      if (table.isEmpty()) {
        throw bad(hint, "table " + oldTable + " is not in the current schema");
      }
      if (table.get().column(hint.from()).isEmpty()) {
        if (table.get().column(hint.to()).isPresent()) {
          continue; // the rename is already applied
        }
        throw bad(hint, "column " + oldTable + "." + hint.from() + " is not in the current schema, nor is "
            + oldTable + "." + hint.to());
      }
      options = options.renameColumn(hint.table(), hint.from(), hint.to());
    }
    return options;
  }

  private static Optional<Table> table(SchemaSnapshot snapshot, String name) {
    for (Schema schema : snapshot.schemas()) {
      Optional<Table> table = schema.table(name);
      if (table.isPresent()) {
        return table;
      }
    }
    return Optional.empty();
  }

  private static SchemaSourceException bad(RenameHint hint, String why) {
    return new SchemaSourceException(ErrorCode.M008, hint.location(), "bad rename hint: " + why,
        List.of("hint: " + hint.describe()),
        "correct the old name the hint gives, or remove the hint");
  }
}
