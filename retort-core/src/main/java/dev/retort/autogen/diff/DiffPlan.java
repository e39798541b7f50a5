package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of one diff, collected by kind while the comparators run and concatenated in the
 * order that applies: views that go or change are dropped first; renames; then what depends on
 * other things is dropped before what it depends on, and created after it: enum types and
 * sequences before the tables that use them, sequence ownership once the owning column exists,
 * sequences and enum types dropped after the columns that used them; views are created last,
 * and comments set at the very end. Local to one {@link SchemaDiff#between} call.
 */
final class DiffPlan {
  final List<Op> renames = new ArrayList<>();
  final List<Op> dropForeignKeys = new ArrayList<>();
  final List<Op> dropIndexes = new ArrayList<>();
  final List<Op> dropConstraints = new ArrayList<>();
  final List<Op> dropTables = new ArrayList<>();
  final List<Op> createTables = new ArrayList<>();
  /** Generated columns whose expression changes, dropped here and added again with {@link #addColumns}. */
  final List<Op> dropGeneratedColumns = new ArrayList<>();
  final List<Op> addColumns = new ArrayList<>();
  final List<Op> alterColumns = new ArrayList<>();
  final List<Op> dropColumns = new ArrayList<>();
  final List<Op> addConstraints = new ArrayList<>();
  /** Column changes that make a column an identity, after the primary key it may need (SQLite) exists. */
  final List<Op> alterIdentities = new ArrayList<>();
  final List<Op> createIndexes = new ArrayList<>();
  final List<Op> addForeignKeys = new ArrayList<>();
  final List<Op> dropViews = new ArrayList<>();
  final List<Op> createTypes = new ArrayList<>();
  final List<Op> createSequences = new ArrayList<>();
  final List<Op> alterSequences = new ArrayList<>();
  final List<Op> dropSequences = new ArrayList<>();
  final List<Op> dropTypes = new ArrayList<>();
  final List<Op> createViews = new ArrayList<>();
  final List<Op> comments = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  /** Per table (as written in ops), the columns dropped and added again. */
  final java.util.Map<String, java.util.Set<String>> regenerated = new java.util.HashMap<>();

  /** The columns of {@code table} dropped and added again (a changed generated column). */
  java.util.Set<String> regenerated(String table) {
    return regenerated.getOrDefault(table, java.util.Set.of());
  }

  /** The operations in applying order. */
  List<Op> ops() {
    List<Op> all = new ArrayList<>();
    for (List<Op> part : List.of(dropViews, renames, dropForeignKeys, dropTables, dropIndexes, dropConstraints,
        createTypes, createSequences, createTables,
        dropGeneratedColumns, addColumns, alterColumns, dropColumns, alterSequences, dropSequences,
        dropTypes, addConstraints, alterIdentities, createIndexes, addForeignKeys, createViews, comments)) {
      all.addAll(part);
    }
    return all;
  }

  DiffResult result() {
    return new DiffResult(ops(), warnings);
  }
}
