package dev.retort.dialect.sqlite;

import dev.retort.dialect.CompiledStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * SQLite's way to change what {@code ALTER TABLE} cannot (Alembic's "batch" mode): create the new
 * shape under a temporary name, copy the rows of the columns both shapes have, drop the old table,
 * rename the new one, then restore indexes and triggers. Foreign key checks are deferred to the
 * commit (a {@code PRAGMA foreign_keys} change is ignored inside a transaction); child tables keep
 * their {@code REFERENCES t} since the table comes back under its own name.
 */
final class TableRebuild {
  private TableRebuild() {}

  static List<CompiledStatement> statements(TableShape before, TableShape after) {
    return statements(before, after, false);
  }

  /** The rebuild; {@code foreignKeysOff} brackets it with {@code PRAGMA foreign_keys} (outside a transaction only). */
  static List<CompiledStatement> statements(TableShape before, TableShape after, boolean foreignKeysOff) {
    String table = before.name();
    String temporary = "_retort_tmp_" + table;
    Set<String> old = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    before.columns().stream().filter(c -> !c.generated()).forEach(c -> old.add(SqlTokens.unquote(c.name())));
    List<String> copied = new ArrayList<>();
    after.columns().stream().filter(c -> !c.generated() && old.contains(SqlTokens.unquote(c.name())))
        .forEach(c -> copied.add(c.name()));
    List<CompiledStatement> out = new ArrayList<>();
    if (foreignKeysOff) {
      out.add(CompiledStatement.of("PRAGMA foreign_keys = OFF"));
    }
    out.add(CompiledStatement.of("PRAGMA defer_foreign_keys = ON"));
    // left over by a failed rebuild outside a transaction
    out.add(CompiledStatement.of("DROP TABLE IF EXISTS " + temporary));
    out.add(CompiledStatement.of(after.createSql(temporary)));
    if (!copied.isEmpty()) {
      String columns = String.join(", ", copied);
      out.add(CompiledStatement.of("INSERT INTO " + temporary + " (" + columns + ") SELECT " + columns + " FROM " + table));
    }
    out.add(CompiledStatement.of("DROP TABLE " + table));
    // legacy mode: the rename must not re-check views or triggers that name the dropped table
    out.add(CompiledStatement.of("PRAGMA legacy_alter_table = ON"));
    out.add(CompiledStatement.of("ALTER TABLE " + temporary + " RENAME TO " + table));
    out.add(CompiledStatement.of("PRAGMA legacy_alter_table = OFF"));
    after.indexes().forEach(sql -> out.add(CompiledStatement.of(sql)));
    after.triggers().forEach(sql -> out.add(CompiledStatement.of(sql)));
    if (foreignKeysOff) {
      out.add(CompiledStatement.of("PRAGMA foreign_keys = ON"));
    }
    return out;
  }

  /** Whether an index's column list or condition names the column. */
  static boolean indexUses(String indexSql, String column) {
    int open = indexSql.indexOf('(');
    return open >= 0 && SqlTokens.mentions(indexSql.substring(open), column);
  }
}
