package dev.retort.verify;

import dev.retort.autogen.source.SnapshotReader;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.graph.RevisionId;
import dev.retort.run.DatabaseState;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code verify} off a database that holds data: it downgrades every revision, so it may
 * only run where there is nothing to lose. A database holds data when it has a table, view,
 * sequence or type other than Retort's own version and history tables, or a version row.
 */
public final class DataGuard {
  private DataGuard() {}

  /**
   * @throws VerifyException RT-T001 naming what the database holds
   */
  public static void requireEmpty(DatabaseUrl url, Dialect dialect, String versionTable) {
    List<String> held = new ArrayList<>();
    SchemaSnapshot snapshot = new SnapshotReader(dialect, versionTable).read(url);
    for (Schema schema : snapshot.schemas()) {
      schema.tables().forEach(t -> held.add("table " + t.name()));
      schema.views().forEach(v -> held.add("view " + v.name()));
      schema.sequences().forEach(s -> held.add("sequence " + s.name()));
      schema.enumTypes().forEach(e -> held.add("type " + e.name()));
    }
    for (RevisionId row : DatabaseState.read(url, dialect, versionTable).rows()) {
      held.add("version row " + row + " in " + versionTable);
    }
    if (held.isEmpty()) {
      return;
    }
    List<String> shown = new ArrayList<>(held.subList(0, Math.min(held.size(), 10)));
    if (held.size() > shown.size()) {
      shown.add("... and " + (held.size() - shown.size()) + " more");
    }
    throw new VerifyException(ErrorCode.T001, null,
        "verify will not run on " + url.redacted() + ": it holds data, and verify downgrades every revision", shown,
        "point --url at an empty throwaway database, or leave --url out to use a scratch database; if this database"
            + " may be wiped, add --i-know-this-is-not-production", null);
  }
}
