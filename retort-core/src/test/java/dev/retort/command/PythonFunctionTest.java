package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonFunctionTest {
  private static final String MODULE = """
      from alembic import op

      revision = "a1"


      def upgrade(
      ) -> None:
          op.execute("SELECT 1")
      # a comment at column 0 inside the function

          op.execute("SELECT 2")


      def downgrade():
          pass
      """;

  @Test
  void source_upToTheNextStatementAtColumnZero() {
    assertThat(PythonFunction.source(MODULE, "upgrade")).containsExactly(
        "def upgrade(", ") -> None:", "    op.execute(\"SELECT 1\")", "# a comment at column 0 inside the function", "",
        "    op.execute(\"SELECT 2\")");
    assertThat(PythonFunction.source(MODULE, "downgrade")).containsExactly("def downgrade():", "    pass");
  }

  @Test
  void commented_eachLineBehindDashes_missingFunctionSaidSo() {
    assertThat(PythonFunction.commented(MODULE, "downgrade")).isEqualTo("-- def downgrade():\n--     pass\n");
    assertThat(PythonFunction.commented("x = 1\n", "upgrade")).isEqualTo("-- (the file defines no upgrade() function)\n");
  }
}
