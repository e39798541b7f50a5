package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads op.execute literals of upgrade() as text; everything else is skipped, never an exception. */
class JavaExecuteSqlTest {
  /** A revision with {@code body} as its upgrade method's body, which starts on line 7. */
  private static String revision(String body) {
    return """
        package db;

        @Revision(id = "aaaa0001", revises = {})
        final class A implements Migration {
          @Override
          public void upgrade(Operations op) throws Exception {
        %s
          }

          @Override
          public void downgrade(Operations op) {
            op.execute("DROP TABLE down_only");
          }
        }
        """.formatted(body);
  }

  @Test
  void stringLiteral_givesTheSqlAtItsLine() {
    List<SqlStatement> found = JavaExecuteSql.upgradeStatements(revision("""
            op.execute("CREATE TABLE a (id INT)");

            op.execute(
                "DROP TABLE users");"""));

    assertThat(found).containsExactly(new SqlStatement("CREATE TABLE a (id INT)", 7),
        new SqlStatement("DROP TABLE users", 10));
  }

  @Test
  void downgradeStatements_readTheDowngradeMethodOnly() {
    String source = revision("    op.execute(\"CREATE TABLE up_only (id INT)\");");

    assertThat(JavaExecuteSql.downgradeStatements(source)).containsExactly(new SqlStatement("DROP TABLE down_only", 12));
  }

  @Test
  void escapedQuotes_areUnescaped() {
    List<SqlStatement> found =
        JavaExecuteSql.upgradeStatements(revision("    op.execute(\"COMMENT ON TABLE t IS 'a \\\"b\\\" \\\\ c'\");"));

    assertThat(found).containsExactly(new SqlStatement("COMMENT ON TABLE t IS 'a \"b\" \\ c'", 7));
  }

  @Test
  void textBlock_isReadWithItsIndentStripped() {
    String body = "    op.execute(\"\"\"\n        DROP TABLE \"users\";\n          -- gone\n        \"\"\");\n"
        + "    op.execute(\"SELECT 1\");";

    List<SqlStatement> found = JavaExecuteSql.upgradeStatements(revision(body));

    assertThat(found).containsExactly(new SqlStatement("DROP TABLE \"users\";\n  -- gone\n", 7),
        new SqlStatement("SELECT 1", 11));
  }

  @Test
  void concatenation_ofLiteralsIsJoined() {
    List<SqlStatement> found = JavaExecuteSql.upgradeStatements(revision("""
            op.execute("ALTER TABLE orders "
                + "ADD COLUMN note TEXT" + \"""

                  NOT NULL\""");"""));

    assertThat(found).containsExactly(new SqlStatement("ALTER TABLE orders ADD COLUMN note TEXT\nNOT NULL", 7));
  }

  @Test
  void callsOutsideUpgrade_areIgnored() {
    String source = """
        final class A implements Migration {
          private static final String SQL = "x";
          static { run("DROP TABLE static_block"); }

          void helper(Operations op) {
            op.execute("DROP TABLE helper");
          }

          public void upgrade(Operations op) {
            helper(op);
            op.execute("DROP TABLE kept");
          }

          public void downgrade(Operations op) {
            op.execute("DROP TABLE in_downgrade");
          }
        }
        """;

    assertThat(JavaExecuteSql.upgradeStatements(source)).containsExactly(new SqlStatement("DROP TABLE kept", 11));
  }

  @Test
  void commentedOutCalls_andBracesInStringsOrComments_areIgnored() {
    List<SqlStatement> found = JavaExecuteSql.upgradeStatements(revision("""
            // op.execute("DROP TABLE line_comment");
            /* op.execute("DROP TABLE block_comment"); } } */
            String brace = "}}";
            char c = '}';
            op.execute("DROP TABLE kept");"""));

    assertThat(found).containsExactly(new SqlStatement("DROP TABLE kept", 11));
  }

  @Test
  void nonLiteralArguments_areSkipped() {
    List<SqlStatement> found = JavaExecuteSql.upgradeStatements(revision("""
            String sql = "DROP TABLE a";
            op.execute(sql);
            op.execute("DROP TABLE " + name);
            op.execute(sql("b"));
            op.execute("DROP TABLE c".strip());
            statement.executeQuery("DROP TABLE d");
            op.execute("DROP TABLE e");"""));

    assertThat(found).containsExactly(new SqlStatement("DROP TABLE e", 13));
  }

  @Test
  void createTableWithALiteralName_isReportedAsACreate() {
    List<SqlStatement> found = JavaExecuteSql.upgradeStatements(revision("""
            op.createTable(Table.named("orders").column(Column.of("id", "INT")));
            op.execute("CREATE INDEX ix ON orders (id)");"""));

    assertThat(found).extracting(SqlStatement::sql).containsExactly("CREATE TABLE orders ()",
        "CREATE INDEX ix ON orders (id)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "public void upgrade(", "public void upgrade(Operations op) {", "void upgrade(Operations op) { op.execute(\"x",
      "void upgrade(Operations op) { op.execute(\"\"\"", "void upgrade(Operations op) { op.execute(\"\\q\"); }",
      "void upgrade(Operations op) { /* ", "void upgrade(Operations op) { op.execute(\"a\" +", "}}}{{{ upgrade ( ) {"})
  void oddCode_neverThrows(String source) {
    assertThat(JavaExecuteSql.upgradeStatements(source)).isNotNull();
  }
}
