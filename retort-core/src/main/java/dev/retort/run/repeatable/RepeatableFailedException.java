package dev.retort.run.repeatable;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.sql.SQLException;
import java.util.List;

/** A statement of a repeatable revision failed: names the file, line and statement, and what was kept. */
public final class RepeatableFailedException extends RetortException {
  private static final long serialVersionUID = 1L;

  RepeatableFailedException(RepeatableScript script, String sql, int line, SQLException cause, List<String> kept,
      boolean rolledBack) {
    super(ErrorCode.V010, new Location(script.path(), line),
        "repeatable revision " + script.name() + " failed: " + oneLine(cause.getMessage()),
        List.of("statement: " + shorten(sql).replace("\n", "\n             "),
            (rolledBack ? "its transaction was rolled back and it stays " + "unrecorded"
                : "the database cannot roll DDL back here: its statements before this one stay applied")
                + "; " + (kept.isEmpty() ? "no repeatable was applied before it"
                    : "applied and recorded before it: " + String.join(", ", kept))),
        "fix the statement in the file and run upgrade again: it applies " + script.name()
            + " again, and the repeatables after it",
        cause);
  }

  private static String shorten(String sql) {
    return sql.length() > 200 ? sql.substring(0, 200) + "…" : sql;
  }

  private static String oneLine(String message) {
    return message == null ? "(no message from the database)" : message.strip().replace('\n', ' ');
  }
}
