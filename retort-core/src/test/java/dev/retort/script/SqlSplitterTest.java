package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {
  private static List<String> sql(String text) {
    return SqlSplitter.split(text, 1).stream().map(SqlStatement::sql).toList();
  }

  @Test
  void split_atTopLevelSemicolons_withLines() {
    List<SqlStatement> statements = SqlSplitter.split("CREATE TABLE a (x INT);\n\nCREATE TABLE b (y INT);\n", 10);
    assertThat(statements).extracting(SqlStatement::sql).containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    assertThat(statements).extracting(SqlStatement::line).containsExactly(10, 12);
  }

  @Test
  void semicolonsInsideQuotesAndComments_doNotSplit() {
    assertThat(sql("INSERT INTO t VALUES ('a;b', 'it''s;');\nSELECT \"odd;name\" FROM t; -- trailing; comment\n"))
        .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s;')", "SELECT \"odd;name\" FROM t");
    assertThat(sql("/* a; /* nested; */ still; */ SELECT 1;")).containsExactly("SELECT 1");
    assertThat(sql("SELECT E'\\';'; SELECT 2;")).containsExactly("SELECT E'\\';'", "SELECT 2");
  }

  private static final SqlSyntax MYSQL_LIKE = new SqlSyntax(true, true, true, false);

  @Test
  void backslashEscapes_whereTheDatabaseHasThem_keepAnEscapedQuoteInsideTheString() {
    String text = "INSERT INTO t VALUES ('it\\'s; fine', \"say \\\"hi\\\"; ok\");\nSELECT 2;";
    assertThat(SqlSplitter.split(text, 1, MYSQL_LIKE)).extracting(SqlStatement::sql).containsExactly(
        "INSERT INTO t VALUES ('it\\'s; fine', \"say \\\"hi\\\"; ok\")", "SELECT 2");
    // standard SQL: the backslash is an ordinary character, so 'C:\' ends at its quote
    assertThat(sql("INSERT INTO t VALUES ('C:\\'); SELECT 2;")).containsExactly("INSERT INTO t VALUES ('C:\\')", "SELECT 2");
  }

  @Test
  void hashCommentsAndBacktickNames_whereTheDatabaseHasThem_doNotSplit() {
    List<SqlStatement> statements = SqlSplitter.split(
        "# a comment; with a semicolon\nCREATE TABLE `odd;name` (`it's` INT);\n# another\nSELECT 1;", 1, MYSQL_LIKE);
    assertThat(statements).extracting(SqlStatement::sql)
        .containsExactly("CREATE TABLE `odd;name` (`it's` INT)", "SELECT 1");
    assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 4);
    // elsewhere '#' is an operator and a backtick is an ordinary character
    assertThat(sql("SELECT 5 # 3; SELECT 2;")).containsExactly("SELECT 5 # 3", "SELECT 2");
  }

  @Test
  void escapedNewline_stillCountsAsALine() {
    List<SqlStatement> statements = SqlSplitter.split("SELECT 'a\\\nb';\nSELECT 2;", 1, MYSQL_LIKE);
    assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3);
  }

  @Test
  void dollarQuotedBodies_stayWhole() {
    String fn = "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql";
    assertThat(sql(fn + ";\nSELECT f();")).containsExactly(fn, "SELECT f()");
    assertThat(sql("DO $$ BEGIN PERFORM 1; END $$;")).containsExactly("DO $$ BEGIN PERFORM 1; END $$");
  }

  @Test
  void triggerBodies_withBeginEnd_stayWhole() {
    String trigger = "CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n  UPDATE u SET n = n + 1;\n"
        + "  UPDATE v SET m = CASE WHEN m > 0 THEN 1 ELSE 0 END;\nEND";
    assertThat(sql(trigger + ";\nSELECT 1;")).containsExactly(trigger, "SELECT 1");
  }

  @Test
  void transactionBegin_isAnOrdinaryStatement() {
    assertThat(sql("BEGIN;\nSELECT 1;\nEND;")).containsExactly("BEGIN", "SELECT 1", "END");
  }

  @Test
  void commentOnlyText_hasNoStatements() {
    assertThat(sql("-- nothing here\n/* nor here */\n")).isEmpty();
  }

  @Test
  void script_sectionsAndLines() {
    String text = "-- Revision: a\n-- Revises:\n\n-- +upgrade\nCREATE TABLE t (x INT);\n\n-- +downgrade\nDROP TABLE t;\n";
    SqlScript script = SqlScript.parse(Path.of("a.sql"), text);
    assertThat(script.upgrade()).singleElement().satisfies(s -> {
      assertThat(s.sql()).isEqualTo("CREATE TABLE t (x INT)");
      assertThat(s.line()).isEqualTo(5);
    });
    assertThat(script.downgrade()).get().satisfies(d -> assertThat(d).singleElement()
        .satisfies(s -> assertThat(s.line()).isEqualTo(8)));
  }

  @Test
  void script_withoutDowngrade_isIrreversible() {
    SqlScript script = SqlScript.parse(Path.of("a.sql"), "-- Revision: a\n-- Revises:\n-- +upgrade\nSELECT 1;\n");
    assertThat(script.downgrade()).isEmpty();
  }

  @Test
  void script_withoutUpgradeMarker_isRejected() {
    assertThatThrownBy(() -> SqlScript.parse(Path.of("a.sql"), "-- Revision: a\n-- Revises:\nSELECT 1;\n"))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.S007);
          assertThat(e.hint()).contains("-- +upgrade");
        });
  }
}
