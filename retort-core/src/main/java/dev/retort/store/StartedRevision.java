package dev.retort.store;

import java.util.List;

/**
 * A history row of a step that ran outside one transaction and was not completed: recorded as
 * {@code started} before its first statement and still so (the process died), or marked
 * {@code failed} with the statements that ran. Until {@code retort resolve} settles it, no run starts.
 *
 * @param revision the revision id
 * @param direction {@code upgrade} or {@code downgrade}
 * @param checksum the script checksum when it started
 * @param startedAt ISO-8601 instant
 * @param appliedBy user@host of the process that ran it
 * @param failed whether a statement failed (false: the process stopped while it ran)
 * @param statementsTotal how many statements the step has, or -1 when unknown (a Java revision)
 * @param statementsDone how many of them completed
 * @param ran one line per completed statement ({@code 1  line 7: CREATE TABLE ...}), as recorded
 * @param failure the failed statement and the database's message, or empty
 */
public record StartedRevision(
    String revision,
    String direction,
    String checksum,
    String startedAt,
    String appliedBy,
    boolean failed,
    int statementsTotal,
    int statementsDone,
    List<String> ran,
    String failure) {
  public StartedRevision {
    ran = List.copyOf(ran);
  }
}
