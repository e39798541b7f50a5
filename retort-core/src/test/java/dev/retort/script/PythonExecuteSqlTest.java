package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of an Alembic revision's {@code def upgrade()}/{@code def downgrade()}, read as text, at its lines. */
class PythonExecuteSqlTest {
  private static final Path FILE = Path.of("versions/a1_x.py");

  private static PythonExecuteSql.Module read(String... lines) {
    return PythonExecuteSql.read(FILE, String.join("\n", lines) + "\n", SqlSyntax.STANDARD);
  }

  private static List<SqlStatement> upgrade(String... lines) {
    return read(lines).upgrade().orElseThrow().sql();
  }

  @Test
  void literals_plainTextWrappedAdjacentAndTripleQuoted_atTheirLines() {
    List<SqlStatement> sql = upgrade(
        "revision = 'a1'",                                  // 1
        "def upgrade() -> None:",                           // 2
        "    \"\"\"Upgrade schema.\"\"\"",                  // 3
        "    op.execute(\"DROP INDEX ix_a\")",              // 4
        "    op.execute(sa.text('DROP TABLE t1'))",          // 5
        "    op.execute(",                                   // 6
        "        \"ALTER TABLE t2 \"",                       // 7
        "        'ADD COLUMN c INT'",                        // 8
        "    )",                                             // 9
        "    conn = op.get_bind()",                          // 10
        "    conn.execute(text(\"\"\"",                      // 11
        "        UPDATE t3 SET c = 1;",                      // 12
        "        DROP VIEW v4;",                             // 13
        "    \"\"\"))",                                      // 14
        "    op.execute(r'SELECT \\d')",                     // 15
        "",
        "def downgrade():",
        "    op.execute('DROP TABLE never_read_as_upgrade')");

    assertThat(sql).extracting(SqlStatement::line).containsExactly(4, 5, 7, 12, 13, 15);
    assertThat(sql).extracting(s -> s.sql().strip().replaceAll(";$", "")).containsExactly(
        "DROP INDEX ix_a", "DROP TABLE t1", "ALTER TABLE t2 ADD COLUMN c INT", "UPDATE t3 SET c = 1",
        "DROP VIEW v4", "SELECT \\d");
  }

  @Test
  void sqlBuiltAtRunTime_skipped() {
    List<SqlStatement> sql = upgrade(
        "def upgrade():",
        "    op.execute(f\"DROP TABLE {name}\")",
        "    op.execute(\"DROP TABLE %s\" % name)",
        "    op.execute(\"DROP TABLE {}\".format(name))",
        "    op.execute(statement)",
        "    op.execute(\"DROP TABLE \" + name)",
        "    op.execute(accounts.update().values(a=1))",
        "    op.execute(text(\"DROP TABLE \" f\"{name}\"))",
        "    op.execute(b'DROP TABLE t')");

    assertThat(sql).isEmpty();
  }

  @Test
  void functions_oneLinePassIsEmpty_missingDowngradeIsAbsent_nestedBlocksRead() {
    PythonExecuteSql.Module empty = read("def upgrade(): pass", "def downgrade():", "    \"\"\"Nothing.\"\"\"", "    ...");
    assertThat(empty.upgrade().orElseThrow().empty()).isTrue();
    assertThat(empty.downgrade().orElseThrow().empty()).isTrue();

    PythonExecuteSql.Module nested = read(
        "def upgrade():",
        "    if op.get_context().dialect.name == 'postgresql':",
        "        op.execute('DROP INDEX ix_b')",
        "class Helper:",
        "    def upgrade(self):",
        "        op.execute('DROP INDEX not_alembics')");
    assertThat(nested.upgrade().orElseThrow().empty()).isFalse();
    assertThat(nested.upgrade().orElseThrow().sql()).extracting(SqlStatement::sql).containsExactly("DROP INDEX ix_b");
    assertThat(nested.downgrade()).isEmpty();
  }

  @Test
  void autocommitBlock_marksItsStatementsOnly() {
    List<PythonExecuteSql.Executed> executed = read(
        "def upgrade():",
        "    op.execute('CREATE INDEX CONCURRENTLY a ON t (c)')",
        "    with op.get_context().autocommit_block():",
        "        op.execute('CREATE INDEX CONCURRENTLY b ON t (c)')",
        "        op.execute('CREATE INDEX CONCURRENTLY c ON t (c)')",
        "    op.execute('CREATE INDEX CONCURRENTLY d ON t (c)')").upgrade().orElseThrow().statements();

    assertThat(executed).extracting(e -> e.statement().sql().split(" ")[3] + "=" + e.autocommit())
        .containsExactly("a=false", "b=true", "c=true", "d=false");
  }

  @Test
  void opCalls_jsonColumnsOfCreateTableAddColumnAndAlterColumn() {
    List<SqlStatement> sql = upgrade(
        "def upgrade():",
        "    op.create_table(",
        "        'events',",
        "        sa.Column('id', sa.Integer(), primary_key=True),",
        "        sa.Column('payload', sa.JSON(), nullable=False),",
        "        sa.Column('meta', postgresql.JSONB(astext_type=sa.Text())),",
        "        sa.PrimaryKeyConstraint('id'),",
        "    )",
        "    op.add_column('events', sa.Column('extra', sa.dialects.postgresql.JSON))",
        "    op.add_column('events', sa.Column('note', sa.String(50)))",
        "    op.alter_column('events', 'payload', type_=postgresql.JSONB(), postgresql_using='payload::jsonb')",
        "    op.alter_column('events', 'note', type_=sa.Text())");

    assertThat(sql).extracting(SqlStatement::sql).containsExactly(
        "CREATE TABLE events (id integer, payload json, meta jsonb)",
        "ALTER TABLE events ADD COLUMN extra json",
        "ALTER TABLE events ALTER COLUMN payload TYPE jsonb");
    assertThat(sql).extracting(SqlStatement::line).containsExactly(3, 9, 11);
  }
}
