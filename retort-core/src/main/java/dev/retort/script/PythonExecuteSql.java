package dev.retort.script;

import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads the SQL an Alembic revision's {@code def upgrade()} (or {@code def downgrade()}) runs, as
 * text with {@link PythonTokenizer}: nothing is imported or run. A call {@code <x>.execute(...)}
 * ({@code op.execute}, {@code conn.execute}) counts when its first argument is a string literal
 * (adjacent literals joined, triple-quoted, raw) or such a literal inside {@code text(...)} /
 * {@code sa.text(...)}; the literal is split into statements as a SQL revision's body is, each at
 * its line in the {@code .py} file. Any other argument (an f-string, {@code "..." % x}, {@code
 * .format()}, a variable, a SQLAlchemy expression) is skipped silently: its SQL is known only at
 * run time. {@link PythonOpCalls} adds what {@code op.create_table}, {@code op.add_column} and
 * {@code op.alter_column} say about json columns.
 *
 * <p>A statement inside {@code with op.get_context().autocommit_block():} runs outside the
 * migration's transaction, as Alembic runs it.
 */
public final class PythonExecuteSql {
  /**
   * One statement a function runs.
   *
   * @param statement the SQL and its line in the {@code .py} file
   * @param autocommit whether it runs in an {@code autocommit_block()}, outside the transaction
   */
  public record Executed(SqlStatement statement, boolean autocommit) {}

  /**
   * A module-level function of the revision.
   *
   * @param line the line of its {@code def}
   * @param empty whether its body does nothing ({@code pass}, {@code ...}, a docstring)
   * @param statements the SQL it runs, in source order
   */
  public record Function(int line, boolean empty, List<Executed> statements) {
    public Function {
      statements = List.copyOf(statements);
    }

    /** The statements without the autocommit marks. */
    public List<SqlStatement> sql() {
      return statements.stream().map(Executed::statement).toList();
    }
  }

  private PythonExecuteSql() {}

  /**
   * The module-level functions {@code upgrade} and {@code downgrade} of {@code source} (either may
   * be missing), read in one pass.
   *
   * @throws RetortException when the file is not valid Python as far as the tokenizer reads it
   */
  public static Module read(Path path, String source, SqlSyntax syntax) {
    List<PythonTokenizer.LogicalLine> lines = PythonTokenizer.lines(path, source);
    return new Module(function(lines, "upgrade", syntax), function(lines, "downgrade", syntax));
  }

  /**
   * The two functions Alembic calls.
   *
   * @param upgrade {@code def upgrade()}, if the module has one
   * @param downgrade {@code def downgrade()}, if the module has one
   */
  public record Module(Optional<Function> upgrade, Optional<Function> downgrade) {}

  private static Optional<Function> function(List<PythonTokenizer.LogicalLine> lines, String name, SqlSyntax syntax) {
    for (int i = 0; i < lines.size(); i++) {
      PythonTokenizer.LogicalLine def = lines.get(i);
      List<PythonToken> t = def.tokens();
      if (def.indent() == 0 && t.size() > 2 && t.get(0).is(PythonToken.Kind.NAME, "def")
          && t.get(1).is(PythonToken.Kind.NAME, name) && t.get(2).isOp("(")) {
        List<PythonTokenizer.LogicalLine> body = new ArrayList<>();
        int colon = bodyColon(t);
        if (colon > 0 && colon + 1 < t.size()) {
          // def downgrade(): pass
          body.add(new PythonTokenizer.LogicalLine(1, t.subList(colon + 1, t.size())));
        }
        for (int j = i + 1; j < lines.size() && lines.get(j).indent() > 0; j++) {
          body.add(lines.get(j));
        }
        return Optional.of(new Function(def.line(), isEmpty(body), statements(body, syntax)));
      }
    }
    return Optional.empty();
  }

  /** The index of the {@code :} that ends a {@code def} line's signature, or -1. */
  private static int bodyColon(List<PythonToken> tokens) {
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      PythonToken token = tokens.get(i);
      if (token.isOp("(") || token.isOp("[")) {
        depth++;
      } else if (token.isOp(")") || token.isOp("]")) {
        depth--;
      } else if (depth == 0 && token.isOp(":")) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isEmpty(List<PythonTokenizer.LogicalLine> body) {
    for (PythonTokenizer.LogicalLine line : body) {
      List<PythonToken> t = line.tokens();
      boolean nothing = t.size() == 1 && (t.get(0).is(PythonToken.Kind.NAME, "pass")
          || t.get(0).kind() == PythonToken.Kind.STRING)
          || t.size() == 3 && t.stream().allMatch(token -> token.isOp("."));
      if (!nothing) {
        return false;
      }
    }
    return true;
  }

  private static List<Executed> statements(List<PythonTokenizer.LogicalLine> body, SqlSyntax syntax) {
    List<Executed> out = new ArrayList<>();
    Deque<Integer> autocommitIndents = new ArrayDeque<>();
    for (PythonTokenizer.LogicalLine line : body) {
      while (!autocommitIndents.isEmpty() && line.indent() <= autocommitIndents.peek()) {
        autocommitIndents.pop();
      }
      List<PythonToken> t = line.tokens();
      boolean autocommit = !autocommitIndents.isEmpty();
      if (t.get(0).is(PythonToken.Kind.NAME, "with")
          && t.stream().anyMatch(token -> token.is(PythonToken.Kind.NAME, "autocommit_block"))) {
        autocommitIndents.push(line.indent());
      }
      for (int i = 1; i + 1 < t.size(); i++) {
        if (t.get(i).is(PythonToken.Kind.NAME, "execute") && t.get(i - 1).isOp(".") && t.get(i + 1).isOp("(")) {
          for (SqlStatement statement : literalArgument(t, i + 2, syntax)) {
            out.add(new Executed(statement, autocommit));
          }
        }
      }
      for (SqlStatement statement : PythonOpCalls.declared(t)) {
        out.add(new Executed(statement, autocommit));
      }
    }
    return out;
  }

  /** The statements of the literal SQL argument starting at {@code at}: {@code "..."} or {@code text("...")}. */
  private static List<SqlStatement> literalArgument(List<PythonToken> t, int at, SqlSyntax syntax) {
    int i = at;
    int wrappers = 0;
    while (i < t.size() && (t.get(i).kind() == PythonToken.Kind.NAME || t.get(i).isOp("."))) {
      i++; // sa.text, sqlalchemy.sql.text, text
    }
    if (i > at) {
      if (!t.get(i - 1).is(PythonToken.Kind.NAME, "text") || i >= t.size() || !t.get(i).isOp("(")) {
        return List.of();
      }
      i++;
      wrappers++;
    }
    int first = i;
    StringBuilder sql = new StringBuilder();
    while (i < t.size() && t.get(i).kind() == PythonToken.Kind.STRING) {
      sql.append(t.get(i++).text());
    }
    boolean ends = i < t.size() && (t.get(i).isOp(")") || wrappers == 0 && t.get(i).isOp(","));
    if (i == first || !ends) {
      return List.of(); // an f-string, "..." % x, "...".format(), a variable: known only at run time
    }
    int line = t.get(first).line();
    try {
      return SqlSplitter.split(sql.toString(), line, syntax);
    } catch (RetortException e) {
      return List.of(new SqlStatement(sql.toString().strip(), line));
    }
  }
}
