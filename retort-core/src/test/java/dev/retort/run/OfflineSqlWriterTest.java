package dev.retort.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.graph.ScriptOrigin;
import dev.retort.plan.Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline script's comments stay comments, whatever text they are given. */
class OfflineSqlWriterTest {
  @TempDir Path dir;

  private Revision revision(String id, String message) throws IOException {
    Path file = Files.writeString(dir.resolve(id + ".sql"),
        "-- Revision: " + id + "\n-- Revises:\n\n-- +upgrade\nCREATE TABLE t1 (id INT);\n");
    return new Revision(RevisionId.of(id), List.of(), List.of(), Set.of(), message, "", RevisionKind.SQL, "", true,
        new ScriptOrigin(file, 1, 2, 0, 0));
  }

  private static String render(Revision revision, String target) {
    RevisionGraph graph = RevisionGraph.of(List.of(revision));
    RunOptions options = new RunOptions("retort_version", 255, true, true, Duration.ofSeconds(1));
    return new OfflineSqlWriter(graph, new SqliteDialect(), options).render(new Planner(graph).upgrade(List.of(), target));
  }

  @Test
  void render_messageWithLineBreaks_staysOneCommentLine() throws IOException {
    String script = render(revision("a1", "line one\nDROP TABLE t1; -- x\r\u0085\u2028DELETE FROM t1"), "head");

    assertThat(script).contains("-- Running upgrade  -> a1, line one\\nDROP TABLE t1; -- x\\r\\u0085\\u2028DELETE FROM t1\n");
    assertThat(script.lines().filter(l -> l.startsWith("DROP") || l.startsWith("DELETE"))).isEmpty();
    assertThat(script).doesNotContain("\r", "\u0085", "\u2028");
  }

  @Test
  void render_plainMessage_unchanged() throws IOException {
    String script = render(revision("a1", "it's \"quoted\" \\ and ünïcode"), "head");

    assertThat(script).contains("-- Running upgrade  -> a1, it's \"quoted\" \\ and ünïcode\n");
  }
}
