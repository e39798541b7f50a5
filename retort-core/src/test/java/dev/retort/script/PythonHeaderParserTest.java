package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alembic revisions ({@code versions/*.py}) read as text from real files, in the forms real projects write. */
class PythonHeaderParserTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static RetortException error(Path file) {
    RetortException e = catchThrowableOfType(() -> ScriptDirectory.read(file), RetortException.class);
    assertThat(e).as("reading %s must fail", file.getFileName()).isNotNull();
    return e;
  }

  @Test
  void read_alembicTemplateWithAnnotations_everyField() throws IOException {
    Path file = write("3f2a9c1d7b4e_add_users.py", """
        \"\"\"add users table

        Revision ID: 3f2a9c1d7b4e
        Revises: 0f9e8d7c6b5a
        Create Date: 2024-05-06 07:08:09.123456

        \"\"\"
        from typing import Sequence, Union

        from alembic import op
        import sqlalchemy as sa


        # revision identifiers, used by Alembic.
        revision: str = "3f2a9c1d7b4e"
        down_revision: Union[str, Sequence[str], None] = "0f9e8d7c6b5a"
        branch_labels: Union[str, Sequence[str], None] = None
        depends_on: Union[str, Sequence[str], None] = None


        def upgrade() -> None:
            revision = "not the header"
            op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))


        def downgrade() -> None:
            op.drop_table("users")
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.kind()).isEqualTo(RevisionKind.PYTHON);
    assertThat(header.id()).isEqualTo("3f2a9c1d7b4e");
    assertThat(header.idLine()).isEqualTo(15);
    assertThat(header.revises()).containsExactly("0f9e8d7c6b5a");
    assertThat(header.revisesLine()).isEqualTo(16);
    assertThat(header.branchLabels()).isEmpty();
    assertThat(header.dependsOn()).isEmpty();
    assertThat(header.message()).isEqualTo("add users table");
    assertThat(header.messageLine()).isEqualTo(1);
    assertThat(header.createDate()).isEqualTo("2024-05-06 07:08:09.123456");
    assertThat(header.checksum()).isEqualTo(Checksum.of(Files.readAllBytes(file)));
  }

  @Test
  void read_plainOldStyle_singleQuotesAndNoneForABase() throws IOException {
    Path file = write("a1.py", """
        '''first revision

        Revision ID: a1b2c3
        Revises:\s
        Create Date: 2016-01-01 00:00:00
        '''

        # revision identifiers, used by Alembic.
        revision = 'a1b2c3'
        down_revision = None
        branch_labels = None
        depends_on = None

        from alembic import op
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.id()).isEqualTo("a1b2c3");
    assertThat(header.revises()).isEmpty();
    assertThat(header.message()).isEqualTo("first revision");
    assertThat(header.createDate()).isEqualTo("2016-01-01 00:00:00");
  }

  @Test
  void read_mergeAsMultiLineTupleWithComments_labelsAndDependencies() throws IOException {
    Path file = write("merge.py", """
        \"\"\"merge heads\"\"\"
        revision = "m3rg3"
        down_revision = (
            "aaaa1",  # the expand branch
            'bbbb2',
        )
        branch_labels = ("contract",)
        depends_on = ["cccc3", "expand"]
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.revises()).containsExactly("aaaa1", "bbbb2");
    assertThat(header.revisesLine()).isEqualTo(3);
    assertThat(header.branchLabels()).containsExactly("contract");
    assertThat(header.branchLabelsLine()).isEqualTo(7);
    assertThat(header.dependsOn()).containsExactly("cccc3", "expand");
    assertThat(header.dependsOnLine()).isEqualTo(8);
    assertThat(header.message()).isEqualTo("merge heads");
  }

  @Test
  void read_stringFormsPythonAccepts_sameValues() throws IOException {
    Path file = write("forms.py", """
        revision = ("abc" "123")
        down_revision = r'parent1'; branch_labels = 'one'
        depends_on = {"dep1"}
        revision_note = make_note()
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.id()).isEqualTo("abc123");
    assertThat(header.revises()).containsExactly("parent1");
    assertThat(header.branchLabels()).containsExactly("one");
    assertThat(header.dependsOn()).containsExactly("dep1");
    assertThat(header.message()).isEmpty();
    assertThat(header.createDate()).isEmpty();
  }

  @Test
  void read_oneElementTupleAndEmptyTuple() throws IOException {
    Path file = write("t.py", """
        revision = "t1"
        down_revision = ("p1",)
        branch_labels = ()
        depends_on = (("d1"),)
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.revises()).containsExactly("p1");
    assertThat(header.branchLabels()).isEmpty();
    assertThat(header.dependsOn()).containsExactly("d1");
  }

  @Test
  void read_dependsOnEmptyString_meansNoneAsInAlembic() throws IOException {
    Path file = write("e.py", "revision = \"e1\"\ndown_revision = None\ndepends_on = \"\"\n");

    assertThat(ScriptDirectory.read(file).dependsOn()).isEmpty();
  }

  @Test
  void read_backslashContinuationAndReassignment_lastModuleLevelValueWins() throws IOException {
    Path file = write("c.py", """
        revision = \\
            "first"
        down_revision = None
        revision = "second"
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.id()).isEqualTo("second");
    assertThat(header.idLine()).isEqualTo(4);
  }

  @Test
  void read_multiLineFirstParagraph_messageOnOneLine() throws IOException {
    Path file = write("m.py", """
        \"\"\"add the orders table
        and its index

        Revision ID: m1
        \"\"\"
        revision = "m1"
        down_revision = None
        """);

    assertThat(ScriptDirectory.read(file).message()).isEqualTo("add the orders table and its index");
  }

  @Test
  void read_helperModulesAndInit_areNotRevisions() throws IOException {
    Path helper = write("helpers.py", """
        \"\"\"shared helpers for migrations\"\"\"
        def add_audit_columns(op, table):
            revision = op.get_context()
            return revision
        """);
    Path init = write("__init__.py", "revision = compute()\n");

    assertThat(ScriptDirectory.read(helper)).isNull();
    assertThat(ScriptDirectory.read(init)).isNull();
  }

  @Test
  void read_revisionFromACall_S030WithLineAndFix() throws IOException {
    Path file = write("computed.py", """
        \"\"\"computed\"\"\"
        from ids import make_id
        revision = make_id()
        down_revision = None
        """);

    RetortException e = error(file);

    assertThat(e.code()).isEqualTo(ErrorCode.S030);
    assertThat(e.location().orElseThrow().line()).isEqualTo(3);
    assertThat(e.summary()).contains("'revision = make_id()'").contains("computed at run time")
        .contains("never runs Python");
    assertThat(e.hint()).contains("revision = \"");
  }

  @Test
  void read_fStringNameAndNumber_S030EachSayingWhat() throws IOException {
    Path fString = write("f.py", "revision = f\"{PREFIX}_001\"\ndown_revision = None\n");
    Path name = write("n.py", "revision = \"n1\"\ndown_revision = PARENT\n");
    Path number = write("num.py", "revision = 42\ndown_revision = None\n");
    Path annotated = write("a.py", "revision: str = \"a1\"\ndown_revision: Optional[str] = base.revision\n");

    assertThat(error(fString).summary()).contains("f-string");
    RetortException byName = error(name);
    assertThat(byName.code()).isEqualTo(ErrorCode.S030);
    assertThat(byName.location().orElseThrow().line()).isEqualTo(2);
    assertThat(byName.summary()).contains("names a variable");
    assertThat(byName.hint()).contains("down_revision = \"");
    assertThat(error(number).summary()).contains("a number");
    RetortException attribute = error(annotated);
    assertThat(attribute.code()).isEqualTo(ErrorCode.S030);
    assertThat(attribute.summary()).contains("down_revision: Optional[str] = base.revision");
  }

  @Test
  void read_assignmentInsideIfBlock_S030() throws IOException {
    Path file = write("if.py", """
        import os
        revision = "i1"
        if os.environ.get("LEGACY"):
            down_revision = "old"
        else:
            down_revision = None
        """);

    RetortException e = error(file);

    assertThat(e.code()).isEqualTo(ErrorCode.S030);
    assertThat(e.location().orElseThrow().line()).isEqualTo(4);
    assertThat(e.summary()).contains("inside a block");
  }

  @Test
  void read_missingRevision_S031NamingWhatMakesItARevision() throws IOException {
    Path file = write("norev.py", """
        \"\"\"oops\"\"\"
        down_revision = "p1"

        def upgrade():
            pass
        """);
    Path onlyUpgrade = write("onlyup.py", "import x\n\ndef upgrade():\n    pass\n");

    RetortException e = error(file);
    assertThat(e.code()).isEqualTo(ErrorCode.S031);
    assertThat(e.location().orElseThrow().line()).isEqualTo(2);
    assertThat(e.summary()).contains("down_revision").contains("no module-level 'revision");
    assertThat(e.hint()).contains("revision = \"<id>\"");
    RetortException up = error(onlyUpgrade);
    assertThat(up.code()).isEqualTo(ErrorCode.S031);
    assertThat(up.location().orElseThrow().line()).isEqualTo(3);
    assertThat(up.summary()).contains("def upgrade()");
  }

  @Test
  void read_missingDownRevision_S031() throws IOException {
    Path file = write("nodown.py", "revision = \"x1\"\n");

    RetortException e = error(file);

    assertThat(e.code()).isEqualTo(ErrorCode.S031);
    assertThat(e.hint()).contains("down_revision = None");
  }

  @Test
  void read_syntaxRetortCannotRead_S031AtTheLineItStarts() throws IOException {
    Path unclosedTuple = write("u.py", "revision = \"u1\"\ndown_revision = (\n    \"a\",\n    \"b\",\n");
    Path unclosedString = write("s.py", "revision = \"s1\ndown_revision = None\n");
    Path unpacking = write("p.py", "revision, down_revision = \"p1\", None\n");
    Path chained = write("ch.py", "revision = down_revision = \"c1\"\n");
    Path noValue = write("nv.py", "revision: str\ndown_revision = None\n");
    Path revisionTuple = write("rt.py", "revision = (\"a\", \"b\")\ndown_revision = None\n");

    RetortException tuple = error(unclosedTuple);
    assertThat(tuple.code()).isEqualTo(ErrorCode.S031);
    assertThat(tuple.location().orElseThrow().line()).isEqualTo(2);
    assertThat(tuple.summary()).contains("'(' opened on this line is never closed");
    RetortException string = error(unclosedString);
    assertThat(string.code()).isEqualTo(ErrorCode.S031);
    assertThat(string.location().orElseThrow().line()).isEqualTo(1);
    assertThat(string.summary()).contains("never closed");
    assertThat(error(unpacking).summary()).contains("several names at once");
    assertThat(error(unpacking).code()).isEqualTo(ErrorCode.S031);
    assertThat(error(chained).summary()).contains("several names at once");
    assertThat(error(noValue).summary()).contains("without a value");
    assertThat(error(revisionTuple).summary()).contains("revision must be one string");
  }

  @Test
  void read_notUtf8_S001WithLine() throws IOException {
    Path file = dir.resolve("latin1.py");
    byte[] head = "\"\"\"caf".getBytes(StandardCharsets.US_ASCII);
    byte[] rest = "\"\"\"\nrevision = \"l1\"\ndown_revision = None\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 1 + rest.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // é in Latin-1
    System.arraycopy(rest, 0, bytes, head.length + 1, rest.length);
    Files.write(file, bytes);

    RetortException e = error(file);

    assertThat(e.code()).isEqualTo(ErrorCode.S001);
    assertThat(e.location().orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void graph_ofPythonRevisions_isTheGraphOfTheirHeaders() throws IOException {
    Path versions = Files.createDirectories(dir.resolve("versions"));
    Files.writeString(versions.resolve("aaaa_base.py"), "revision = 'aaaa'\ndown_revision = None\n"
        + "branch_labels = ('core',)\n");
    Files.writeString(versions.resolve("bbbb_left.py"), "revision = 'bbbb'\ndown_revision = 'aaaa'\n");
    Files.writeString(versions.resolve("cccc_right.py"), "revision = 'cccc'\ndown_revision = 'aaaa'\n");
    Files.writeString(versions.resolve("dddd_merge.py"), "revision = 'dddd'\ndown_revision = ('bbbb', 'cccc')\n");
    Files.writeString(versions.resolve("__init__.py"), "");
    Files.writeString(versions.resolve("notes.txt"), "revision = 'zzzz'\n");

    RevisionGraph graph = new ScriptDirectory(List.of(versions)).graph();

    assertThat(graph.heads()).containsExactly(RevisionId.of("dddd"));
    assertThat(graph.get(RevisionId.of("dddd")).parents()).containsExactly(RevisionId.of("bbbb"), RevisionId.of("cccc"));
    assertThat(graph.size()).isEqualTo(4);
    assertThat(graph.labelsOf(RevisionId.of("dddd"))).contains("core");
  }
}
