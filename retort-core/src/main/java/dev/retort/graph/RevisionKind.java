package dev.retort.graph;

/** How a revision's steps are written. */
public enum RevisionKind {
  /** A {@code .sql} file with {@code -- +upgrade} / {@code -- +downgrade} sections. */
  SQL,
  /** A {@code .java} file with a {@code @Revision} class implementing {@code Migration}. */
  JAVA,
  /**
   * An Alembic revision: a {@code .py} file whose header Retort reads as text. Its body is Python,
   * which Retort never runs: the graph commands and {@code stamp} work on it, a run that would
   * execute it refuses.
   */
  PYTHON
}
