package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, revision and merge write files the loader accepts, and refuse bad input without writing. */
class AuthoringCliTest {
  @TempDir Path tmp;

  private CliRun.Result run(Path dir, String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  private Path init() {
    return CliRun.initProject(tmp);
  }

  private RevisionGraph graph(Path dir) {
    return new ScriptDirectory(List.of(dir.resolve("migrations/versions"))).graph();
  }

  private static long files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("migrations/versions"))) {
      return s.count();
    }
  }

  @Test
  void init_createsConfigVersionsAndTemplates_andRefusesTwice() throws IOException {
    Path dir = init();
    assertThat(dir.resolve("retort.toml")).exists().content().contains("url = \"sqlite:retort.db\"")
        .contains("# version_table").contains("# lock_timeout");
    assertThat(dir.resolve("migrations/versions")).isDirectory().isEmptyDirectory();
    assertThat(dir.resolve("migrations/templates/revision.sql")).exists();
    assertThat(dir.resolve("migrations/templates/revision.java")).exists();
    String before = Files.readString(dir.resolve("retort.toml"));
    CliRun.Result again = run(tmp, "init", dir.toString()).failedWith("RT-A001");
    assertThat(again.err()).contains("already exists");
    assertThat(Files.readString(dir.resolve("retort.toml"))).isEqualTo(before);
  }

  @Test
  void init_gitignoresTheSqliteFileAndLockFileThatAnUpgradeCreates() throws IOException {
    Path dir = init();
    run(dir, "revision", "-m", "create users").succeeded();

    run(dir, "-q", "upgrade", "head").succeeded();

    List<String> ignored = Files.readAllLines(dir.resolve(".gitignore"));
    assertThat(ignored).contains("/retort.db", "/retort.db.retort-lock");
    try (Stream<Path> s = Files.list(dir)) {
      List<String> unversioned = s.map(p -> p.getFileName().toString())
          .filter(n -> !List.of("retort.toml", "migrations", ".gitignore").contains(n)).toList();
      assertThat(unversioned).contains("retort.db", "retort.db.retort-lock");
      assertThat(unversioned).allSatisfy(n -> assertThat(ignored).contains("/" + n));
    }
  }

  @Test
  void init_inAFolderWithAGitignore_keepsItsLinesAndAddsRetorts() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(dir.resolve(".gitignore"), "target/\n");

    CliRun.Result result = run(tmp, "init", dir.toString()).succeeded();

    assertThat(Files.readAllLines(dir.resolve(".gitignore"))).startsWith("target/").contains("/retort.db");
    assertThat(result.out()).doesNotContain("created app/.gitignore");
  }

  @Test
  void revision_chainsOnTheHead_withRandomHexIds_andUpgradesCleanly() {
    Path dir = init();
    String first = run(dir, "revision", "-m", "Create users table!").succeeded().out().strip();
    String second = run(dir, "revision", "-m", "add email").succeeded().out().strip();
    assertThat(Path.of(first)).hasParent(dir.resolve("migrations/versions"));
    assertThat(Path.of(first).getFileName().toString()).matches("[0-9a-f]{12}_create_users_table\\.sql");
    assertThat(Path.of(second).getFileName().toString()).matches("[0-9a-f]{12}_add_email\\.sql");
    RevisionGraph graph = graph(dir);
    String firstId = Path.of(first).getFileName().toString().substring(0, 12);
    String secondId = Path.of(second).getFileName().toString().substring(0, 12);
    assertThat(graph.get(RevisionId.of(secondId)).parents()).containsExactly(RevisionId.of(firstId));
    assertThat(graph.get(RevisionId.of(secondId)).message()).isEqualTo("add email");
    assertThat(graph.heads()).containsExactly(RevisionId.of(secondId));
    run(dir, "-q", "upgrade", "head").succeeded();
    run(dir, "-q", "downgrade", "base").succeeded();
  }

  @Test
  void revision_withSeveralHeads_refusesAndListsThem() throws IOException {
    Path dir = init();
    run(dir, "revision", "-m", "one", "--rev-id", "aaaa0001").succeeded();
    run(dir, "revision", "-m", "two", "--head", "base", "--branch-label", "other", "--rev-id", "bbbb0001").succeeded();
    long before = files(dir);
    CliRun.Result r = run(dir, "revision", "-m", "three").failedWith("RT-A001");
    assertThat(r.err()).contains("aaaa0001").contains("bbbb0001").contains("retort merge heads").contains("--head");
    assertThat(files(dir)).isEqualTo(before);
    run(dir, "revision", "-m", "three", "--head", "other@head", "--rev-id", "bbbb0002").succeeded();
    assertThat(graph(dir).get(RevisionId.of("bbbb0002")).parents()).containsExactly(RevisionId.of("bbbb0001"));
  }

  @Test
  void revision_spliceAndDependsOn() {
    Path dir = init();
    run(dir, "revision", "-m", "a", "--rev-id", "aaaa0001").succeeded();
    run(dir, "revision", "-m", "b", "--rev-id", "aaaa0002").succeeded();
    run(dir, "revision", "-m", "c", "--head", "aaaa0001", "--rev-id", "cccc0001").failedWith("RT-A001");
    run(dir, "revision", "-m", "c", "--head", "aaaa0001", "--splice", "--rev-id", "cccc0001",
        "--depends-on", "aaaa0002").succeeded();
    RevisionGraph graph = graph(dir);
    assertThat(graph.get(RevisionId.of("cccc0001")).parents()).containsExactly(RevisionId.of("aaaa0001"));
    assertThat(graph.dependencies(RevisionId.of("cccc0001"))).containsExactly(RevisionId.of("aaaa0002"));
    assertThat(graph.heads()).hasSize(2);
  }

  @Test
  void merge_ofTheHeads_loadsAndUpgradesCleanly() {
    Path dir = init();
    run(dir, "revision", "-m", "a", "--rev-id", "aaaa0001").succeeded();
    run(dir, "revision", "-m", "b1", "--rev-id", "bbbb0001").succeeded();
    run(dir, "revision", "-m", "b2", "--head", "aaaa0001", "--splice", "--rev-id", "bbbb0002").succeeded();
    run(dir, "merge", "bbbb0001", "-m", "only one").failedWith("RT-A001");
    run(dir, "merge", "aaaa0001", "bbbb0001", "-m", "not heads").failedWith("RT-A001");
    String merged = run(dir, "merge", "heads", "-m", "merge heads", "--rev-id", "mmmm0001").succeeded().out().strip();
    assertThat(merged).endsWith("mmmm0001_merge_heads.sql");
    RevisionGraph graph = graph(dir);
    assertThat(graph.get(RevisionId.of("mmmm0001")).parents())
        .containsExactlyInAnyOrder(RevisionId.of("bbbb0001"), RevisionId.of("bbbb0002"));
    assertThat(graph.heads()).containsExactly(RevisionId.of("mmmm0001"));
    run(dir, "-q", "upgrade", "head").succeeded();
    assertThat(run(dir, "current").succeeded().out()).startsWith("mmmm0001");
    run(dir, "-q", "downgrade", "aaaa0001").succeeded();
  }

  @Test
  void badInput_isRefusedWithoutWritingAFile() throws IOException {
    Path dir = init();
    run(dir, "revision", "-m", "a", "--rev-id", "aaaa0001").succeeded();
    long before = files(dir);
    assertThat(run(dir, "revision", "-m", "!!! ???").failedWith("RT-A001").err()).contains("empty");
    assertThat(run(dir, "revision", "-m", "x", "--rev-id", "has-dash").failedWith("RT-A001").err()).contains("'-'");
    assertThat(run(dir, "revision", "-m", "x", "--rev-id", "a".repeat(300)).failedWith("RT-A001").err())
        .contains("300 characters");
    assertThat(run(dir, "revision", "-m", "x", "--rev-id", "aaaa0001").failedWith("RT-A001").err()).contains("taken");
    assertThat(run(dir, "revision", "-m", "x", "--branch-label", "head").failedWith("RT-A001").err()).contains("keyword");
    assertThat(run(dir, "revision", "-m", "x", "--branch-label", "my-label").failedWith("RT-A001").err())
        .contains("branch label 'my-label' contains '-'; ids use only letters, digits, '_' and '.'")
        .doesNotContain("label 'my-label' cannot be used");
    assertThat(files(dir)).isEqualTo(before);
  }

  @Test
  void badRevId_namesTheOptionOnce_andSaysWhatIsWrong() throws IOException {
    Path dir = init();
    run(dir, "revision", "-m", "a", "--rev-id", "aaaa0001").succeeded();
    run(dir, "revision", "-m", "b", "--head", "base", "--rev-id", "bbbb0001").succeeded();
    CliRun.Result dash = run(dir, "revision", "-m", "x", "--head", "aaaa0001", "--rev-id", "a-b").failedWith("RT-A001");
    assertThat(dash.err()).isEqualTo(CliRun.text(
        "error[RT-A001]: --rev-id 'a-b' contains '-'; ids use only letters, digits, '_' and '.'",
        "fix: use letters, digits, '_' and '.' only"));
    assertThat(run(dir, "merge", "heads", "-m", "x", "--rev-id", "a@b").failedWith("RT-A001").err())
        .startsWith("error[RT-A001]: --rev-id 'a@b' contains '@';");
    CliRun.Result tooLong = run(dir, "revision", "-m", "x", "--head", "aaaa0001", "--rev-id", "a".repeat(300))
        .failedWith("RT-A001");
    assertThat(tooLong.err()).isEqualTo(CliRun.text(
        "error[RT-A001]: --rev-id is 300 characters; at most 255 are allowed",
        "fix: use a shorter id (12 random hex characters if you leave --rev-id out)"));
    assertThat(run(dir, "revision", "-m", "x", "--head", "aaaa0001", "--rev-id=").failedWith("RT-A001").err())
        .startsWith("error[RT-A001]: --rev-id cannot be empty\n");
    assertThat(files(dir)).isEqualTo(2);
  }

  @Test
  void revId_longerThanTheConfiguredColumn_isRefused() throws IOException {
    Path dir = init();
    Files.writeString(dir.resolve("retort.toml"), "version_column_width = 32\n", java.nio.file.StandardOpenOption.APPEND);
    String longId = "013_add_discovering_session_status";
    assertThat(run(dir, "revision", "-m", "x", "--rev-id", longId).failedWith("RT-A001").err())
        .contains("34 characters").contains("32");
  }

  @Test
  void javaRevision_isWrittenWithAnAnnotationTheLoaderReads() throws IOException {
    Path dir = init();
    run(dir, "revision", "-m", "a", "--rev-id", "aaaa0001").succeeded();
    String path = run(dir, "revision", "-m", "add \"quoted\" email", "--java", "--rev-id", "jjjj0001",
        "--branch-label", "java_branch").succeeded().out().strip();
    assertThat(path).endsWith("jjjj0001_add_quoted_email.java");
    RevisionGraph graph = graph(dir);
    var revision = graph.get(RevisionId.of("jjjj0001"));
    assertThat(revision.message()).isEqualTo("add \"quoted\" email");
    assertThat(revision.parents()).containsExactly(RevisionId.of("aaaa0001"));
    assertThat(revision.branchLabels()).containsExactly("java_branch");
    assertThat(Files.readString(dir.resolve(path))).contains("implements Migration");
  }

  @Test
  void projectTemplates_areUsedForNewRevisions() throws IOException {
    Path dir = init();
    Path template = dir.resolve("migrations/templates/revision.sql");
    Files.writeString(template, Files.readString(template).replace("-- +upgrade", "-- team note\n-- +upgrade"));
    String path = run(dir, "revision", "-m", "noted").succeeded().out().strip();
    assertThat(dir.resolve(path)).content().contains("-- team note");
  }

  @Test
  void edit_opensTheRevisionInTheEditor_andNeedsOne() throws IOException {
    Path dir = init();
    String path = run(dir, "revision", "-m", "to edit", "--rev-id", "eeee0001").succeeded().out().strip();
    Path editor = tmp.resolve("fake-editor.sh");
    Files.writeString(editor, "#!/bin/sh\necho '-- edited by the editor' >> \"$1\"\n");
    editor.toFile().setExecutable(true);
    CliRun.run(dir, Map.of("EDITOR", editor.toString()), "edit", "eeee").succeeded();
    assertThat(dir.resolve(path)).content().endsWith("-- edited by the editor\n");
    CliRun.run(dir, Map.of("VISUAL", editor.toString(), "EDITOR", "false"), "edit", "head").succeeded();
    assertThat(Files.readString(dir.resolve(path)).split("edited by the editor", -1)).hasSize(3);
    CliRun.Result noEditor = CliRun.run(dir, Map.of(), "edit", "eeee0001");
    assertThat(noEditor.exitCode()).isEqualTo(2);
    assertThat(noEditor.err()).contains("EDITOR");
  }

  @Test
  void edit_emptyVisual_countsAsUnset_soEditorIsUsed() throws IOException {
    Path dir = init();
    String path = run(dir, "revision", "-m", "to edit", "--rev-id", "eeee0001").succeeded().out().strip();
    Path editor = tmp.resolve("fake-editor.sh");
    Files.writeString(editor, "#!/bin/sh\necho '-- edited by the editor' >> \"$1\"\n");
    editor.toFile().setExecutable(true);
    CliRun.run(dir, Map.of("VISUAL", "", "EDITOR", editor.toString()), "edit", "eeee").succeeded();
    assertThat(dir.resolve(path)).content().endsWith("-- edited by the editor\n");
    CliRun.run(dir, Map.of("VISUAL", "  ", "EDITOR", editor.toString()), "edit", "eeee").succeeded();
    assertThat(Files.readString(dir.resolve(path)).split("edited by the editor", -1)).hasSize(3);
    CliRun.Result bothEmpty = CliRun.run(dir, Map.of("VISUAL", "", "EDITOR", ""), "edit", "eeee0001").usageError();
    assertThat(bothEmpty.err()).contains("set $VISUAL or $EDITOR");
  }
}
