package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.RevisionKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdRewriteTest {
  private static final String OLD = "add_users_table_with_a_long_descriptive_id";
  private static final String NEW = "3f2a9c1d7b4e";

  @Test
  void sql_rewritesRevisionRevisesAndDependsOn_andNothingElse() {
    String text = "-- Revision: " + OLD + "\n"
        + "-- Revises: base_one, " + OLD + "\n"
        + "-- Message: merge " + OLD + "\n"
        + "-- Depends-On: " + OLD + ", auth\n"
        + "\n-- +upgrade\n-- Revises: " + OLD + " (a comment in the body)\nSELECT '" + OLD + "';\n";

    IdRewrite.Rewritten out = IdRewrite.rewrite(RevisionKind.SQL, text, OLD, Map.of(OLD, NEW));

    assertThat(out.text()).isEqualTo("-- Revision: " + NEW + "\n"
        + "-- Revises: base_one, " + NEW + "\n"
        + "-- Message: merge " + OLD + "\n"
        + "-- Depends-On: " + NEW + ", auth\n"
        + "\n-- +upgrade\n-- Revises: " + OLD + " (a comment in the body)\nSELECT '" + OLD + "';\n");
    assertThat(out.changes()).extracting(IdRewrite.LineChange::line).containsExactly(1, 2, 4);
    assertThat(out.changes().get(1).before()).isEqualTo("-- Revises: base_one, " + OLD);
    assertThat(out.changes().get(1).after()).isEqualTo("-- Revises: base_one, " + NEW);
  }

  @Test
  void sql_replacesWholeIdsOnly_andKeepsCarriageReturnsAndByteOrderMark() {
    String text = "\uFEFF-- Revision: abcd1\r\n-- Revises: abc, abcd\r\n\r\n-- +upgrade\r\nSELECT 1;\r\n";

    IdRewrite.Rewritten out = IdRewrite.rewrite(RevisionKind.SQL, text, "abcd1", Map.of("abc", "fff111"));

    assertThat(out.text()).isEqualTo("\uFEFF-- Revision: abcd1\r\n-- Revises: fff111, abcd\r\n\r\n-- +upgrade\r\nSELECT 1;\r\n");
    assertThat(out.changes()).containsExactly(new IdRewrite.LineChange(2, "-- Revises: abc, abcd", "-- Revises: fff111, abcd"));
  }

  @Test
  void sql_headerKeysAsAlembicSpellsThem_areRewrittenToo() {
    String text = "-- Revision ID: " + OLD + "\n-- revises: \n\nSELECT 1;\n";

    String out = IdRewrite.rewrite(RevisionKind.SQL, text, OLD, Map.of(OLD, NEW)).text();

    assertThat(out).startsWith("-- Revision ID: " + NEW + "\n");
  }

  @Test
  void java_rewritesAnnotationIdsAndTheClassNamedAfterTheId_butNotTheMessage() {
    String text = "import dev.retort.migration.Revision;\n\n"
        + "@Revision(\n    id = \"" + OLD + "\",\n    revises = {\"p1\", \"" + OLD + "x\"},\n"
        + "    message = \"was " + OLD + "\",\n    dependsOn = \"p1\")\n"
        + "final class AddUsers_" + OLD + " implements Migration {\n"
        + "  static final Class<?> SELF = AddUsers_" + OLD + ".class;\n}\n";

    String out = IdRewrite.rewrite(RevisionKind.JAVA, text, OLD, Map.of(OLD, NEW, "p1", "0123456789ab")).text();

    assertThat(out).contains("id = \"" + NEW + "\"", "revises = {\"0123456789ab\", \"" + OLD + "x\"}",
        "message = \"was " + OLD + "\"", "dependsOn = \"0123456789ab\"", "final class AddUsers_" + NEW + " implements",
        "SELF = AddUsers_" + NEW + ".class");
    assertThat(IdRewrite.header(Path.of("x.java"), out).toRevision().id().value()).isEqualTo(NEW);
  }

  @Test
  void java_classIsRenamedOnlyForTheRevisionsOwnId() {
    String text = "@Revision(id = \"child1\", revises = \"" + OLD + "\")\nfinal class Other_" + OLD + " {}\n";

    String out = IdRewrite.rewrite(RevisionKind.JAVA, text, "child1", Map.of(OLD, NEW)).text();

    assertThat(out).isEqualTo("@Revision(id = \"child1\", revises = \"" + NEW + "\")\nfinal class Other_" + OLD + " {}\n");
  }

  @Test
  void fileName_replacesTheIdWhereItStandsAlone() {
    assertThat(IdRewrite.fileName(OLD + "_add_users.sql", OLD, NEW)).isEqualTo(NEW + "_add_users.sql");
    assertThat(IdRewrite.fileName("20240101_" + OLD + ".sql", OLD, NEW)).isEqualTo("20240101_" + NEW + ".sql");
    assertThat(IdRewrite.fileName("abcx_abc.sql", "abc", "fff")).isEqualTo("abcx_fff.sql");
    assertThat(IdRewrite.fileName("0001_add_users.sql", "abc", "fff")).isEqualTo("0001_add_users.sql");
  }

  @Test
  void mentions_findWholeIdsOnly() {
    List<IdRewrite.LineChange> found = IdRewrite.mentions("-- Message: undo abc\nSELECT abcd;\n-- abc\r\n",
        Set.of("abc"));

    assertThat(found).extracting(IdRewrite.LineChange::line).containsExactly(1, 3);
    assertThat(found.get(1).before()).isEqualTo("-- abc");
  }
}
