package dev.retort.autogen.render;

import dev.retort.autogen.diff.DiffResult;
import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.DdlCompiler;
import dev.retort.ops.Op;
import java.util.List;
import java.util.Optional;

/**
 * Writes the two sections of a SQL revision from the diff: per operation a {@code -- <what it
 * does>} comment, a {@code -- retort:destructive <what is lost>} line when it loses data (see
 * {@link Destructive}), and its statements as the dialect compiles them, each ending with {@code ;}.
 * The diff's warnings open the section as {@code -- warning: ...} comments. Drops are written with
 * {@code IF EXISTS}, so a re-run after a partial failure does not stop at what is already gone.
 */
public final class SqlRevisionRenderer {
  private final DdlCompiler ddl;

  public SqlRevisionRenderer(DdlCompiler ddl) {
    this.ddl = ddl;
  }

  /**
   * The upgrade and downgrade sections. The downgrade is compiled against the schema the upgrade
   * left, so one {@code replay} serves both.
   *
   * @param upgrade the diff from the current schema to the desired one
   * @param downgrade the diff back
   * @param replay the schema the compiler reads, at the current schema when called
   */
  public RevisionBody render(DiffResult upgrade, DiffResult downgrade, SchemaReplay replay) {
    String up = section(upgrade, replay);
    String down = section(downgrade, replay);
    return RevisionBody.sql(up, down);
  }

  /** One section: the warnings, then each operation, separated by blank lines. */
  public String section(DiffResult diff, SchemaReplay replay) {
    StringBuilder out = new StringBuilder();
    for (String warning : diff.warnings()) {
      out.append(comment("warning: " + warning));
    }
    for (Op op : diff.ops()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      Op written = IdempotentDrops.of(op);
      out.append(comment(written.describe()));
      Optional<String> loss = Destructive.loss(written);
      loss.ifPresent(what -> out.append(comment(Destructive.MARKER + " " + what)));
      List<CompiledStatement> statements = ddl.compile(written, replay.lookup());
      for (CompiledStatement statement : statements) {
        String sql = ddl.inline(statement);
        out.append(sql.stripTrailing()).append(";\n");
        replay.run(sql);
      }
    }
    return out.toString();
  }

  /** A {@code --} comment; each line of a multi-line text is its own comment line. */
  static String comment(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      out.append("-- ").append(line.stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
