package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Sequence;
import dev.retort.ops.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views, sequences, enum types and comments compiled per dialect, without a database. */
class SchemaObjectsDdlTest {
  private final DdlCompiler pg = new PostgresDialect().ddl();
  private final DdlCompiler sqlite = new SqliteDialect().ddl();

  private static List<String> sql(DdlCompiler compiler, Op op) {
    return compiler.compile(op, SchemaLookup.none()).stream().map(compiler::inline).toList();
  }

  @Test
  void views_bothDialects_trailingSemicolonOfPgGetViewdefDropped() {
    Op create = new Op.CreateView("v", " SELECT t.id\n   FROM t;", false);
    assertThat(sql(pg, create)).containsExactly("CREATE VIEW v AS SELECT t.id\n   FROM t");
    assertThat(sql(sqlite, create)).containsExactly("CREATE VIEW v AS SELECT t.id\n   FROM t");
    assertThat(sql(pg, new Op.DropView("s.v", true))).containsExactly("DROP VIEW IF EXISTS s.v");
    assertThat(sql(sqlite, new Op.DropView("v", false))).containsExactly("DROP VIEW v");
  }

  @Test
  void createOrReplaceView_postgresReplaces_sqliteDropsIfExistsThenCreates() {
    Op op = new Op.CreateView("v", "SELECT 1 AS one", true);
    assertThat(sql(pg, op)).containsExactly("CREATE OR REPLACE VIEW v AS SELECT 1 AS one");
    assertThat(sql(sqlite, op)).containsExactly("DROP VIEW IF EXISTS v", "CREATE VIEW v AS SELECT 1 AS one");
  }

  @Test
  void view_badName_refused() {
    assertThatThrownBy(() -> pg.compile(new Op.CreateView("v; DROP TABLE t", "SELECT 1", false), SchemaLookup.none()))
        .isInstanceOf(IllegalIdentifierException.class);
  }

  @Test
  void postgres_createSequence_everyOptionInOrder() {
    Sequence s = Sequence.named("order_no").as("BIGINT").startWith(1000).incrementBy(10).minValue(1).maxValue(99999)
        .cache(5).cycle().ownedBy("orders", "no");
    assertThat(sql(pg, new Op.CreateSequence(s))).containsExactly("CREATE SEQUENCE order_no AS bigint INCREMENT BY 10"
        + " MINVALUE 1 MAXVALUE 99999 START WITH 1000 CACHE 5 CYCLE OWNED BY orders.no");
    assertThat(sql(pg, new Op.CreateSequence(Sequence.named("s")))).containsExactly("CREATE SEQUENCE s");
  }

  @Test
  void postgres_alterSequence_onlyTheSetParts_nothingWhenNoneIsSet() {
    assertThat(sql(pg, new Op.AlterSequence(Sequence.named("s").incrementBy(2).noCycle().ownedByNone())))
        .containsExactly("ALTER SEQUENCE s INCREMENT BY 2 NO CYCLE OWNED BY NONE");
    assertThat(sql(pg, new Op.AlterSequence(Sequence.named("s")))).isEmpty();
    assertThat(sql(pg, new Op.DropSequence("s", false))).containsExactly("DROP SEQUENCE s");
    assertThat(sql(pg, new Op.DropSequence("app.s", true))).containsExactly("DROP SEQUENCE IF EXISTS app.s");
  }

  @Test
  void postgres_sequence_badTypeOrOwner_refusedWithD004() {
    assertThatThrownBy(() -> pg.compile(new Op.CreateSequence(Sequence.named("s").as("text")), SchemaLookup.none()))
        .isInstanceOf(UnrenderableOperationException.class).hasMessageContaining("'text' is not a sequence type");
    assertThatThrownBy(() -> pg.compile(new Op.CreateSequence(Sequence.named("s").ownedBy("t", "c; x")), SchemaLookup.none()))
        .isInstanceOf(IllegalIdentifierException.class);
  }

  @Test
  void postgres_enumTypes_valuesQuoted_positionsRendered() {
    assertThat(sql(pg, new Op.CreateEnumType("mood", List.of("sad", "it's ok"))))
        .containsExactly("CREATE TYPE mood AS ENUM ('sad', 'it''s ok')");
    assertThat(sql(pg, new Op.AddEnumValue("mood", "happy", null, null))).containsExactly("ALTER TYPE mood ADD VALUE 'happy'");
    assertThat(sql(pg, new Op.AddEnumValue("mood", "meh", "sad", null)))
        .containsExactly("ALTER TYPE mood ADD VALUE 'meh' BEFORE 'sad'");
    assertThat(sql(pg, new Op.AddEnumValue("mood", "fine", null, "sad")))
        .containsExactly("ALTER TYPE mood ADD VALUE 'fine' AFTER 'sad'");
    assertThat(sql(pg, new Op.DropEnumType("mood", false))).containsExactly("DROP TYPE mood");
  }

  @Test
  void addEnumValue_bothBeforeAndAfter_rejected() {
    assertThatThrownBy(() -> new Op.AddEnumValue("mood", "x", "a", "b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void postgres_comments_setAndRemoved() {
    assertThat(sql(pg, new Op.SetComment(Op.CommentOn.TABLE, "t", null, "it's a table")))
        .containsExactly("COMMENT ON TABLE t IS 'it''s a table'");
    assertThat(sql(pg, new Op.SetComment(Op.CommentOn.COLUMN, "app.t", "c", "col")))
        .containsExactly("COMMENT ON COLUMN app.t.c IS 'col'");
    assertThat(sql(pg, new Op.SetComment(Op.CommentOn.VIEW, "v", null, null))).containsExactly("COMMENT ON VIEW v IS NULL");
  }

  @Test
  void sqlite_sequencesEnumsAndComments_refusedWithD004AndAFix() {
    List<Op> ops = List.of(new Op.CreateSequence(Sequence.named("s")), new Op.AlterSequence(Sequence.named("s").cycle()),
        new Op.DropSequence("s", false), new Op.CreateEnumType("mood", List.of("a")),
        new Op.AddEnumValue("mood", "b", null, null), new Op.DropEnumType("mood", true),
        new Op.SetComment(Op.CommentOn.TABLE, "t", null, "x"));
    for (Op op : ops) {
      assertThatThrownBy(() -> sqlite.compile(op, SchemaLookup.none()))
          .isInstanceOf(UnrenderableOperationException.class)
          .hasMessageContaining(op.describe() + ": SQLite has no ")
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D004))
          .satisfies(e -> assertThat(((RetortException) e).hint()).startsWith("remove the call for SQLite, or "));
    }
  }

  @Test
  void describe_namesKindAndTarget() {
    assertThat(new Op.SetComment(Op.CommentOn.COLUMN, "t", "c", null).describe()).isEqualTo("dropComment column t.c");
    assertThat(new Op.CreateView("v", "SELECT 1", true).describe()).isEqualTo("createOrReplaceView v");
    assertThatThrownBy(() -> new Op.SetComment(Op.CommentOn.TABLE, "t", "c", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
