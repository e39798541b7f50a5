package dev.retort.graph;

import static dev.retort.graph.Graphs.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GraphValidationTest {
  private static final String ORDERS_ID = "9f8e7d6c5b4a";
  private static final String ORDERS_FILE = "migrations/versions/9f8e7d6c5b4a_add_orders.sql";
  private static final String EMAIL_FILE = "migrations/versions/a1b2c3d4e5f6_add_email.sql";

  /** A revision read from a file: Revision on line 1, Revises on 2, Depends-On on 3, Branch-Labels on 4. */
  private static Revision script(String id, String path, List<String> parents, List<String> dependsOn, Set<String> labels) {
    return new Revision(
        RevisionId.of(id),
        parents.stream().map(RevisionId::of).toList(),
        dependsOn,
        labels,
        "message of " + id,
        "",
        RevisionKind.SQL,
        "",
        true,
        new ScriptOrigin(Path.of(path), 1, 2, 3, 4));
  }

  private static Revision script(String id, String path, String... parents) {
    return script(id, path, List.of(parents), List.of(), Set.of());
  }

  /** The base every fixture has: add_orders with a real file name. */
  private static Revision orders() {
    return script(ORDERS_ID, ORDERS_FILE);
  }

  private static RetortException firstProblem(List<Revision> revisions) {
    Throwable thrown = null;
    try {
      RevisionGraph.of(revisions);
    } catch (RetortException e) {
      thrown = e;
    }
    assertThat(thrown).as("building the graph fails").isNotNull();
    return (RetortException) thrown;
  }

  @Nested
  class DuplicateIds {
    @Test
    void duplicateId_throwsG001NamingBothFiles() {
      Revision second = script(ORDERS_ID, "migrations/versions/9f8e7d6c5b4a_copy_of_orders.sql");

      RetortException e = firstProblem(List.of(orders(), second));

      assertThat(e).isInstanceOf(DuplicateRevisionException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.G001);
      assertThat(e.summary()).contains(ORDERS_ID);
      assertThat(e.render()).contains(ORDERS_FILE).contains("9f8e7d6c5b4a_copy_of_orders.sql");
      assertThat(e.location()).hasValueSatisfying(loc -> {
        assertThat(loc.file()).isEqualTo(Path.of("migrations/versions/9f8e7d6c5b4a_copy_of_orders.sql"));
        assertThat(loc.line()).isEqualTo(1);
      });
      assertThat(e.hint()).contains("new id");
    }
  }

  @Nested
  class DanglingRevises {
    @Test
    void revisesTheFileName_explainsWhoseFileItIsAndGivesTheFixedLine() {
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, "9f8e7d6c5b4a_add_orders.sql");

      RetortException e = firstProblem(List.of(orders(), email));

      assertThat(e).isInstanceOf(DanglingReferenceException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.S004);
      assertThat(e.summary()).contains("Revises: 9f8e7d6c5b4a_add_orders.sql").contains("names no revision");
      assertThat(e.render()).contains("that is the file name of").contains(ORDERS_FILE).contains(ORDERS_ID);
      assertThat(e.hint()).isEqualTo("Revises: " + ORDERS_ID);
      assertThat(e.location()).hasValueSatisfying(loc -> {
        assertThat(loc.file()).isEqualTo(Path.of(EMAIL_FILE));
        assertThat(loc.line()).isEqualTo(2);
      });
      assertThat(e.render()).startsWith("error[RT-S004]: " + EMAIL_FILE + ":2: ");
    }

    @Test
    void revisesTheFileStem_isRecognisedToo() {
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, "9f8e7d6c5b4a_add_orders");

      RetortException e = firstProblem(List.of(orders(), email));

      assertThat(e.code()).isEqualTo(ErrorCode.S004);
      assertThat(e.render()).contains("that is the file name of").contains(ORDERS_FILE);
      assertThat(e.hint()).isEqualTo("Revises: " + ORDERS_ID);
    }

    @Test
    void revisesTheSlug_isRecognisedToo() {
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, "add_orders");

      RetortException e = firstProblem(List.of(orders(), email));

      assertThat(e.code()).isEqualTo(ErrorCode.S004);
      assertThat(e.render()).contains("that is the file name of").contains(ORDERS_ID);
      assertThat(e.hint()).isEqualTo("Revises: " + ORDERS_ID);
    }

    @Test
    void revisesTheStemOfADatePrefixedFile_namesTheRealId() {
      Revision orders = script(ORDERS_ID, "migrations/versions/20250915_add_orders.sql");
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, "20250915_add_orders");

      RetortException e = firstProblem(List.of(orders, email));

      assertThat(e.render())
          .contains("that is the file name of")
          .contains("migrations/versions/20250915_add_orders.sql")
          .contains(ORDERS_ID);
      assertThat(e.hint()).isEqualTo("Revises: " + ORDERS_ID);
    }

    @Test
    void revisesAnAlembicPyFileName_namesTheRealId() {
      Revision orders = script(ORDERS_ID, "migrations/versions/20250915_add_orders.sql");
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, "20250915_add_orders.py");

      RetortException e = firstProblem(List.of(orders, email));

      assertThat(e.details()).containsExactly(
          "that is the file name of migrations/versions/20250915_add_orders.sql; its revision id is " + ORDERS_ID);
      assertThat(e.hint()).isEqualTo("Revises: " + ORDERS_ID);
    }

    @Test
    void mergeRevisingAFileName_fixKeepsTheOtherParent() {
      Revision other = script("0f0f0f0f0f0f", "migrations/versions/0f0f0f0f0f0f_other.sql");
      Revision merge = script("a1b2c3d4e5f6", EMAIL_FILE, "0f0f0f0f0f0f", "9f8e7d6c5b4a_add_orders.sql");

      RetortException e = firstProblem(List.of(orders(), other, merge));

      assertThat(e.code()).isEqualTo(ErrorCode.S004);
      assertThat(e.hint()).isEqualTo("Revises: 0f0f0f0f0f0f, " + ORDERS_ID);
    }

    @Test
    void revisesATypo_suggestsTheNearId() {
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, "9f8e7d6c5b4b");

      RetortException e = firstProblem(List.of(orders(), email));

      assertThat(e.code()).isEqualTo(ErrorCode.S004);
      assertThat(e.render()).contains("did you mean").contains(ORDERS_ID).doesNotContain("that is the file name");
      assertThat(e.hint()).isEqualTo("Revises: " + ORDERS_ID);
    }

    @Test
    void revisesAShortPrefix_suggestsTheFullId() {
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, "9f8e7d");

      RetortException e = firstProblem(List.of(orders(), email));

      assertThat(e.render()).contains("did you mean").contains(ORDERS_ID);
    }

    @Test
    void revisesSomethingUnlike_anyId_saysSoAndSuggestsRestoring() {
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, "zzzz");

      RetortException e = firstProblem(List.of(orders(), email));

      assertThat(e.code()).isEqualTo(ErrorCode.S004);
      assertThat(e.render()).doesNotContain("did you mean").doesNotContain("that is the file name");
      assertThat(e.details()).singleElement().asString().contains("zzzz");
      assertThat(e.hint()).contains("Revises:").doesNotContain(ORDERS_ID);
    }
  }

  @Nested
  class DanglingDependsOn {
    @Test
    void dependsOnMissing_throwsS005MentioningLabels() {
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, List.of(ORDERS_ID), List.of("nothing_here"), Set.of());

      RetortException e = firstProblem(List.of(orders(), email));

      assertThat(e).isInstanceOf(DanglingReferenceException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.S005);
      assertThat(e.summary()).contains("Depends-On: nothing_here").contains("branch label");
      assertThat(e.location()).hasValueSatisfying(loc -> assertThat(loc.line()).isEqualTo(3));
    }

    @Test
    void dependsOnTheFileName_givesTheFixedDependsOnLine() {
      Revision email = script(
          "a1b2c3d4e5f6", EMAIL_FILE, List.of(), List.of("feat", "9f8e7d6c5b4a_add_orders.sql"), Set.of());
      Revision labelled = script("0f0f0f0f0f0f", "migrations/versions/0f0f0f0f0f0f_x.sql", List.of(), List.of(), Set.of("feat"));

      RetortException e = firstProblem(List.of(orders(), labelled, email));

      assertThat(e.code()).isEqualTo(ErrorCode.S005);
      assertThat(e.render()).contains("that is the file name of").contains(ORDERS_ID);
      assertThat(e.hint()).isEqualTo("Depends-On: feat, " + ORDERS_ID);
    }

    @Test
    void dependsOnATypo_suggestsTheNearId() {
      Revision email = script("a1b2c3d4e5f6", EMAIL_FILE, List.of(), List.of("9f8e7d6c5b4"), Set.of());

      RetortException e = firstProblem(List.of(orders(), email));

      assertThat(e.code()).isEqualTo(ErrorCode.S005);
      assertThat(e.render()).contains("did you mean").contains(ORDERS_ID);
    }
  }

  @Nested
  class Cycles {
    /** Checks the printed cycle: closed, through exactly the expected revisions, along real edges. */
    private void assertPrintedCycle(RetortException e, List<Revision> revisions, String... expectedMembers) {
      assertThat(e).isInstanceOf(CycleException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.G003);
      String summary = e.summary();
      assertThat(summary).contains("cycle: ");
      List<String> path = Arrays.asList(summary.substring(summary.indexOf("cycle: ") + 7).split(" -> "));
      assertThat(path.get(0)).isEqualTo(path.get(path.size() - 1));
      List<String> members = path.subList(0, path.size() - 1);
      assertThat(members).doesNotHaveDuplicates().containsExactlyInAnyOrder(expectedMembers);
      Map<String, Revision> byId = new HashMap<>();
      Map<String, String> labels = new HashMap<>();
      for (Revision r : revisions) {
        byId.put(r.id().value(), r);
        r.branchLabels().forEach(l -> labels.put(l, r.id().value()));
      }
      for (int i = 0; i + 1 < path.size(); i++) {
        Revision from = byId.get(path.get(i));
        List<String> next = new ArrayList<>();
        from.parents().forEach(p -> next.add(p.value()));
        from.dependsOn().forEach(d -> next.add(labels.getOrDefault(d, d)));
        assertThat(next).as("%s revises or depends on %s", path.get(i), path.get(i + 1)).contains(path.get(i + 1));
      }
      assertThat(e.hint()).contains("Revises:");
      assertThat(e.details()).hasSize(members.size());
    }

    @Test
    void threeRevisionLoop_throwsG003PrintingTheCycle() {
      List<Revision> revisions = Graphs.revisions("""
          a <- b <- c
          c <- a
          """);

      assertPrintedCycle(firstProblem(revisions), revisions, "a", "b", "c");
    }

    @Test
    void loopWithATailAndAnEntry_printsOnlyTheLoop() {
      List<Revision> revisions = Graphs.revisions("""
          r <- a <- b <- c
          c <- a
          c <- d <- e
          """);

      assertPrintedCycle(firstProblem(revisions), revisions, "a", "b", "c");
    }

    @Test
    void loopThroughDependsOn_isACycleToo() {
      List<Revision> revisions = Graphs.revisions("""
          a <- b <- c
          a {depends=c}
          """);

      assertPrintedCycle(firstProblem(revisions), revisions, "a", "b", "c");
    }

    @Test
    void loopThroughADependsOnLabel_isACycleToo() {
      List<Revision> revisions = Graphs.revisions("""
          a <- b [label=feat]
          a {depends=feat}
          """);

      assertPrintedCycle(firstProblem(revisions), revisions, "a", "b");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void loopCarryingABranchLabel_isReportedNotHung() {
      List<Revision> revisions = Graphs.revisions("""
          a <- b [label=feat] <- c
          c <- a
          """);

      assertPrintedCycle(firstProblem(revisions), revisions, "a", "b", "c");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void loopBelowALabelledRevision_reportsOnlyTheCycle() {
      List<Revision> revisions = Graphs.revisions("""
          a <- b <- c
          c <- a
          c <- d [label=feat]
          """);

      assertThat(firstProblem(revisions)).isInstanceOf(CycleException.class);
      assertThat(RevisionGraph.builder().addAll(revisions).problems())
          .extracting(RetortException::code).containsExactly(ErrorCode.G003);
    }

    @Test
    void cycleThroughDependsOn_isLocatedAtTheDependsOnLine() {
      List<Revision> revisions = List.of(
          script("aaaa", "v/aaaa_x.sql", List.of(), List.of("bbbb"), Set.of()), script("bbbb", "v/bbbb_y.sql", "aaaa"));

      RetortException e = firstProblem(revisions);

      assertThat(e.location()).contains(new Location(Path.of("v/aaaa_x.sql"), 3));
      assertThat(e.summary()).endsWith("cycle: aaaa -> bbbb -> aaaa");
    }

    @Test
    void cycle_locationIsTheRevisesLineOfARevisionOnIt() {
      List<Revision> revisions = List.of(
          script("aaaa", "v/aaaa_x.sql", "bbbb"), script("bbbb", "v/bbbb_y.sql", "aaaa"), orders());

      RetortException e = firstProblem(revisions);

      assertThat(e).isInstanceOf(CycleException.class);
      assertThat(e.location()).hasValueSatisfying(loc -> {
        assertThat(loc.file().toString()).isIn("v/aaaa_x.sql", "v/bbbb_y.sql");
        assertThat(loc.line()).isEqualTo(2);
      });
      assertThat(String.join("\n", e.details())).contains("v/aaaa_x.sql").contains("v/bbbb_y.sql");
    }
  }

  @Nested
  class BadParents {
    @Test
    void revisesItself_throwsG011() {
      RetortException e = firstProblem(Graphs.revisions("a <- b <- b"));

      assertThat(e).isInstanceOf(BadParentsException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.G011);
      assertThat(e.summary()).contains("b").contains("revises itself");
    }

    @Test
    void sameParentTwice_throwsG011() {
      RetortException e = firstProblem(Graphs.revisions("a,a <- b"));

      assertThat(e).isInstanceOf(BadParentsException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.G011);
      assertThat(e.summary()).contains("revision b").contains("same parent twice");
    }
  }

  @Nested
  class Labels {
    @Test
    void sameLabelTwice_throwsG007NamingBothFiles() {
      Revision first = script(ORDERS_ID, ORDERS_FILE, List.of(), List.of(), Set.of("shop"));
      Revision second = script("a1b2c3d4e5f6", EMAIL_FILE, List.of(ORDERS_ID), List.of(), Set.of("shop"));

      RetortException e = firstProblem(List.of(first, second));

      assertThat(e).isInstanceOf(DuplicateLabelException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.G007);
      assertThat(e.summary()).contains("'shop'").contains("already declared");
      assertThat(e.render()).contains(ORDERS_FILE).contains(EMAIL_FILE);
      assertThat(e.location()).hasValueSatisfying(loc -> assertThat(loc.line()).isEqualTo(4));
    }

    @Test
    void labelEqualToAnId_throwsG007() {
      RetortException e = firstProblem(Graphs.revisions("a <- b [label=a]"));

      assertThat(e).isInstanceOf(DuplicateLabelException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.G007);
      assertThat(e.summary()).contains("'a'").contains("id of revision a");
    }

    @Test
    void labelEqualToItsOwnId_throwsG007() {
      RetortException e = firstProblem(Graphs.revisions("a [label=a]"));

      assertThat(e.code()).isEqualTo(ErrorCode.G007);
    }
  }

  @Nested
  class AllProblems {
    @Test
    void problems_validGraph_isEmpty() {
      assertThat(RevisionGraph.builder().addAll(Graphs.revisions("a <- b [label=x] {depends=a}")).problems()).isEmpty();
    }

    @Test
    void problems_listsEveryProblemAtOnce() {
      List<Revision> revisions = List.of(
          orders(),
          script(ORDERS_ID, "migrations/versions/9f8e7d6c5b4a_dup.sql"),
          script("a1b2c3d4e5f6", EMAIL_FILE, "add_orders"),
          script("b1b1b1b1b1b1", "v/b.sql", List.of(ORDERS_ID), List.of("nope"), Set.of("shop")),
          script("c1c1c1c1c1c1", "v/c.sql", List.of(ORDERS_ID), List.of(), Set.of("shop")),
          script("d1d1d1d1d1d1", "v/d.sql", ORDERS_ID, ORDERS_ID));

      List<RetortException> problems = RevisionGraph.builder().addAll(revisions).problems();

      assertThat(problems).extracting(RetortException::code)
          .containsExactlyInAnyOrder(ErrorCode.G001, ErrorCode.S004, ErrorCode.S005, ErrorCode.G007, ErrorCode.G011);
      assertThat(problems.get(0)).isInstanceOf(DuplicateRevisionException.class);
      RetortException fromBuild = firstProblem(revisions);
      assertThat(fromBuild).isInstanceOf(DuplicateRevisionException.class);
    }

    @Test
    void problems_cycleAndDanglingTogether_bothReported() {
      List<Revision> revisions = new ArrayList<>(Graphs.revisions("""
          a <- b <- c
          c <- a
          """));
      revisions.add(Revision.of("x", List.of("ghost")));

      List<RetortException> problems = RevisionGraph.builder().addAll(revisions).problems();

      assertThat(problems).extracting(RetortException::code)
          .containsExactlyInAnyOrder(ErrorCode.S004, ErrorCode.G003);
      assertThat(RevisionGraph.builder().addAll(revisions).problems())
          .extracting(RetortException::code)
          .containsExactlyElementsOf(problems.stream().map(RetortException::code).toList());
    }

    @Test
    void build_problemFixedByAddingTheMissingRevision_succeeds() {
      GraphBuilder builder = RevisionGraph.builder().add(Revision.of("a", List.of("ghost")));

      assertThat(builder.problems()).hasSize(1);
      assertThatThrownBy(builder::build).isInstanceOf(DanglingReferenceException.class);
      assertThat(builder.add(Revision.of("ghost", List.of())).build().heads()).containsExactly(id("a"));
    }
  }
}
