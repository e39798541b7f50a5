package dev.retort.run;

import dev.retort.graph.RevisionId;
import dev.retort.store.AcceptRows;
import dev.retort.store.HistoryEntry;
import dev.retort.store.IdRows;
import dev.retort.store.VersionStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * What an id rewrite changes in one database, worked out from what it records: the version rows
 * and history rows to rename, and an {@code accept} history row for each rewritten file whose
 * recorded checksum (of its latest successful upgrade or accept row, unless downgraded since) was the
 * file's checksum before the rewrite, so the rewrite does not make applied revisions look
 * edited. Pure.
 *
 * @param versionRows the renames whose old id is a version row
 * @param historyRows the renames whose old id has history rows
 * @param accepted the checksums to accept, under the new ids
 */
record IdRewriteStatements(
    List<DatabaseIdRewrite.Rename> versionRows,
    List<DatabaseIdRewrite.Rename> historyRows,
    List<DatabaseIdRewrite.FileChecksum> accepted) {

  IdRewriteStatements {
    versionRows = List.copyOf(versionRows);
    historyRows = List.copyOf(historyRows);
    accepted = List.copyOf(accepted);
  }

  static IdRewriteStatements of(
      List<DatabaseIdRewrite.Rename> renames, List<DatabaseIdRewrite.FileChecksum> checksums,
      SortedSet<RevisionId> rows, List<HistoryEntry> history) {
    Set<String> inHistory = new HashSet<>();
    Map<String, String> reference = new HashMap<>();
    for (HistoryEntry entry : history) {
      inHistory.add(entry.revision());
      if (!entry.success()) {
        continue;
      }
      if (entry.direction().equals("upgrade") || entry.direction().equals(AcceptRows.DIRECTION)) {
        reference.put(entry.revision(), entry.checksum() == null ? "" : entry.checksum());
      } else if (entry.direction().equals("downgrade")) {
        reference.remove(entry.revision()); // downgraded since: nothing applied to accept
      }
    }
    List<DatabaseIdRewrite.Rename> version = new ArrayList<>();
    List<DatabaseIdRewrite.Rename> historyRenames = new ArrayList<>();
    for (DatabaseIdRewrite.Rename rename : renames) {
      if (RevisionId.isValid(rename.oldId()) && rows.contains(new RevisionId(rename.oldId()))) {
        version.add(rename);
      }
      if (inHistory.contains(rename.oldId())) {
        historyRenames.add(rename);
      }
    }
    List<DatabaseIdRewrite.FileChecksum> accepted = new ArrayList<>();
    for (DatabaseIdRewrite.FileChecksum file : checksums) {
      String recorded = reference.getOrDefault(file.oldId(), "");
      if (!recorded.isEmpty() && recorded.equals(file.before()) && !file.before().equals(file.after())) {
        accepted.add(file);
      }
    }
    return new IdRewriteStatements(version, historyRenames, accepted);
  }

  boolean isEmpty() {
    return versionRows.isEmpty() && historyRows.isEmpty() && accepted.isEmpty();
  }

  /** The statements as a report shows them, values written in. */
  List<String> shown(String versionTable) {
    List<String> shown = new ArrayList<>();
    for (DatabaseIdRewrite.Rename rename : versionRows) {
      shown.add("UPDATE " + versionTable + " SET version_num = '" + rename.newId() + "' WHERE version_num = '"
          + rename.oldId() + "'");
    }
    for (DatabaseIdRewrite.Rename rename : historyRows) {
      shown.add(IdRows.historyStatement(rename.oldId(), rename.newId()));
    }
    for (DatabaseIdRewrite.FileChecksum file : accepted) {
      shown.add("INSERT INTO " + VersionStore.HISTORY_TABLE + " (revision, direction, checksum, previous_checksum, ...)"
          + " VALUES ('" + file.newId() + "', '" + AcceptRows.DIRECTION + "', '" + file.after() + "', '" + file.before()
          + "', ...)");
    }
    return shown;
  }
}
