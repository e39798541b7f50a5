package dev.retort.run;

import dev.retort.store.HistoryEntry;
import dev.retort.store.StartedRecords;
import dev.retort.store.StartedRevision;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One step running outside a transaction, as the history table records it: written as started
 * (committed) before its first statement, its progress committed after each statement but the last, then
 * completed with the version update or marked failed. The connection is in autocommit while the
 * statements run, so each progress update is durable before the next statement starts.
 */
final class StartedRun {
  /** Lines of the statements that ran kept in the record: the first ones and the last ones. */
  private static final int HEAD = 10;
  private static final int TAIL = 19;

  private final StartedRecords records;
  private final HistoryEntry entry;
  private final int total;
  private final List<String> ran = new ArrayList<>();

  private StartedRun(StartedRecords records, HistoryEntry entry, int total) {
    this.records = records;
    this.entry = entry;
    this.total = total;
  }

  /** Records the step as started ({@code total} statements, -1 when unknown) and returns its tally. */
  static StartedRun begin(StartedRecords records, HistoryEntry entry, int total) throws SQLException {
    records.ensureColumns();
    records.start(entry, total);
    return new StartedRun(records, entry, total);
  }

  /**
   * A statement completed: numbered in order, with its line in the file (0: none). The last one's
   * progress is not written apart: the completion (or a callback's failure) writes it with the
   * version update, and a process that dies in between shows it as running, "may or may not have
   * taken effect", which is the truth either way.
   */
  void ran(int line, String sql) throws SQLException {
    ran.add(PartialRunText.statementLine(ran.size() + 1, line, sql));
    if (ran.size() != total) {
      records.progress(entry.revision(), entry.direction(), ran.size(), ranText());
    }
  }

  int done() {
    return ran.size();
  }

  /** Every statement ran: marks it completed, in the caller's transaction with the version update. */
  void complete(long durationMs) throws SQLException {
    records.complete(entry.revision(), entry.direction(), durationMs, ran.size(), ranText());
  }

  /**
   * The step failed at the next statement ({@code failure}: which and why): marks it failed, or
   * settled as rolled back when none of its statements ran and their number is known. Returns the
   * record as written.
   */
  StartedRevision fail(long durationMs, String failure) throws SQLException {
    boolean settled = nothingRan();
    records.fail(entry.revision(), entry.direction(), durationMs, ran.size(), ranText(), failure, settled);
    return record(failure);
  }

  /** Whether the failure left nothing behind: no statement of a SQL step ran. */
  boolean nothingRan() {
    return ran.isEmpty() && total >= 0;
  }

  /** The record as it stands, for messages. */
  StartedRevision record(String failure) {
    return new StartedRevision(entry.revision(), entry.direction(), entry.checksum(), entry.startedAt(),
        entry.appliedBy(), true, total, ran.size(), kept(), failure);
  }

  private String ranText() {
    return String.join("\n", kept());
  }

  private List<String> kept() {
    if (ran.size() <= HEAD + TAIL + 1) {
      return ran;
    }
    List<String> kept = new ArrayList<>(ran.subList(0, HEAD));
    kept.add("… " + (ran.size() - HEAD - TAIL) + " more");
    kept.addAll(ran.subList(ran.size() - TAIL, ran.size()));
    return kept;
  }
}
