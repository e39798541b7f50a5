package dev.retort.graph;

/** How a revision's steps are written. */
public enum RevisionKind {
  /** A {@code .sql} file with {@code -- +upgrade} / {@code -- +downgrade} sections. */
  SQL,
  /** A {@code .java} file with a {@code @Revision} class implementing {@code Migration}. */
  JAVA
}
