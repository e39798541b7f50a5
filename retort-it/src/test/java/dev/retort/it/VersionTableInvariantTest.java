package dev.retort.it;

import static dev.retort.it.BranchyGraph.ALL;
import static dev.retort.it.BranchyGraph.without;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The version table invariant (DESIGN.md, Concepts) across branches, a merge and depends_on, on
 * both dialects: after every command the rows are exactly the applied revisions that no applied
 * revision names as a parent or in depends_on. The graph is {@link BranchyGraph}, written by hand;
 * the applied set is read from the tables that exist.
 */
class VersionTableInvariantTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path tmp;
  private Project project;
  private TestDb db;

  private void setUp(Kind kind) {
    project = Project.in(tmp.resolve("project"));
    BranchyGraph.write(project);
    db = kind.fresh(PG, tmp, "graph");
  }

  /** The applied set as the schema shows it: the revisions whose table exists. */
  private Set<String> appliedBySchema() {
    Set<String> applied = new TreeSet<>();
    for (String table : db.userTables()) {
      assertThat(table).startsWith("t_");
      applied.add(table.substring(2));
    }
    return applied;
  }

  /** Runs a command that executes revisions; checks rows and schema against the expectation. */
  private void step(String command, String target, Set<String> expectedApplied, Set<String> expectedRows) {
    project.run(db.env(), command, target).succeeded();
    assertThat(appliedBySchema()).as("applied after %s %s", command, target).isEqualTo(new TreeSet<>(expectedApplied));
    assertThat(BranchyGraph.rowsFor(expectedApplied)).as("hand-computed rows after %s %s", command, target)
        .isEqualTo(new TreeSet<>(expectedRows));
    assertThat(db.rows()).as("version rows after %s %s", command, target).containsExactlyElementsOf(new TreeSet<>(expectedRows));
    List<String> current = Cli.ids(project.run(db.env(), "current", "--json").succeeded().json());
    assertThat(new TreeSet<>(current)).isEqualTo(new TreeSet<>(expectedRows));
  }

  /** Runs a stamp: rows change, the schema does not. */
  private void stamp(List<String> args, Set<String> schemaApplied, Set<String> expectedRows) {
    List<String> all = new ArrayList<>(List.of("stamp"));
    all.addAll(args);
    project.run(db.env(), all.toArray(String[]::new)).succeeded();
    assertThat(db.rows()).as("version rows after %s", all).containsExactlyElementsOf(new TreeSet<>(expectedRows));
    assertThat(appliedBySchema()).as("schema after %s", all).isEqualTo(new TreeSet<>(schemaApplied));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aRowAnotherRowCovers_isKeptUntilItsRevisionIsRemoved(Kind kind) {
    setUp(kind);
    project.run(db.env(), "upgrade", "dee2").succeeded();
    // root1 is covered by dee2; Alembic's stamp can leave such a row behind
    db.exec("INSERT INTO retort_version (version_num) VALUES ('root1')");

    // dee2 -> dee1 is a plain UPDATE; dee1 -> root1 only deletes dee1, because root1 is already a row
    project.run(db.env(), "downgrade", "dee1").succeeded();
    assertThat(db.rows()).isEqualTo(List.of("dee1", "root1"));
    assertThat(appliedBySchema()).containsExactly("dee1", "root1");
    project.run(db.env(), "downgrade", "root1").succeeded();
    assertThat(db.rows()).isEqualTo(List.of("root1"));
    assertThat(appliedBySchema()).containsExactly("root1");
    project.run(db.env(), "downgrade", "base").succeeded();
    assertThat(db.rows()).isEmpty();
    assertThat(appliedBySchema()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void rowsAreTheAppliedHeadsAfterEveryCommand(Kind kind) {
    setUp(kind);

    assertThat(new TreeSet<>(Cli.ids(project.run(db.env(), "heads", "--json").succeeded().json())))
        .containsExactly("dee2", "merge1", "xen2");

    // each branch head separately
    step("upgrade", "dee2", Set.of("root1", "dee1", "dee2"), Set.of("dee2"));
    step("upgrade", "xen2", Set.of("root1", "dee1", "dee2", "root2", "xen1", "xen2"), Set.of("dee2", "xen2"));
    // bee1 comes in as sea2's dependency and is no row: applied sea2 names it
    step("upgrade", "sea2", Set.of("root1", "dee1", "dee2", "root2", "xen1", "xen2", "bee1", "sea1", "sea2"),
        Set.of("dee2", "sea2", "xen2"));

    // bee1 is applied only as a dependency: not a downgrade target; nothing changes
    Cli.Result refused = project.run(db.env(), "downgrade", "bee1").failedWith("RT-P002");
    assertThat(refused.err()).contains("bee1");
    assertThat(db.rows()).containsExactly("dee2", "sea2", "xen2");
    assertThat(appliedBySchema()).contains("bee1", "sea2");

    // once its dependant is gone, bee1 is a row again
    step("downgrade", "sea1", Set.of("root1", "dee1", "dee2", "root2", "xen1", "xen2", "bee1", "sea1"),
        Set.of("bee1", "dee2", "sea1", "xen2"));
    step("upgrade", "merge1", ALL, Set.of("dee2", "merge1", "xen2"));

    // one branch down, the others untouched (tables and rows)
    int history = db.history().size();
    step("downgrade", "dee1", without(ALL, "dee2"), Set.of("dee1", "merge1", "xen2"));
    assertThat(db.history().subList(history, db.history().size()))
        .extracting(h -> h.revision() + " " + h.direction()).containsExactly("dee2 downgrade");
    // the separate base's branch down; root2, which xen2 depended on, stays (merge1 needs it)
    step("downgrade", "xen@base", without(ALL, "dee2", "xen1", "xen2"), Set.of("dee1", "merge1"));

    step("upgrade", "heads", ALL, Set.of("dee2", "merge1", "xen2"));
    // xen2 merely depends on root2, so it stays; root2 stays applied but is no row (xen2 names it)
    step("downgrade", "root2", Set.of("root1", "root2", "dee1", "dee2", "xen1", "xen2"), Set.of("dee2", "xen2"));
    step("downgrade", "base", Set.of(), Set.of());
    assertThat(db.tables()).contains("retort_version");

    // stamps move rows only
    stamp(List.of("sea2"), Set.of(), Set.of("sea2"));
    stamp(List.of("bee1"), Set.of(), Set.of("bee1")); // sea2 depends on bee1: same line, stamped down
    stamp(List.of("dee1"), Set.of(), Set.of("bee1", "dee1")); // no line shared: a new branch
    stamp(List.of("--purge", "xen1"), Set.of(), Set.of("xen1"));
    stamp(List.of("merge1"), Set.of(), Set.of("merge1", "xen1"));
    stamp(List.of("base"), Set.of(), Set.of());

    assertThat(db.history()).filteredOn(h -> h.direction().equals("stamp")).isNotEmpty();
    assertThat(db.history()).allMatch(TestDb.History::success);
  }
}
