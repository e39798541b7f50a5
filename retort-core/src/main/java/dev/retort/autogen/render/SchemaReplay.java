package dev.retort.autogen.render;

import dev.retort.dialect.SchemaLookup;

/**
 * The schema a compiler reads while a revision is rendered, kept in step with it: SQLite's
 * compiler reads a table's shape before a rebuild, so each rendered statement must also be run on a
 * scratch copy of the schema before the next operation is compiled. PostgreSQL's compiler never
 * reads, so {@link #none()} will do for it.
 */
public interface SchemaReplay {
  /** What the compiler may read: the schema as the statements rendered so far left it. */
  SchemaLookup lookup();

  /** Runs one rendered statement (with its values inlined) so later lookups see its effect. */
  void run(String sql);

  /** For compilers that never read the schema: asks fail, statements are not run anywhere. */
  static SchemaReplay none() {
    return new SchemaReplay() {
      @Override
      public SchemaLookup lookup() {
        return SchemaLookup.none();
      }

      @Override
      public void run(String sql) {
        // nothing reads the schema, so nothing needs to follow it
      }
    };
  }
}
