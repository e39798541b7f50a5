package dev.retort.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an Alembic revision's {@code op} calls declare, read as text, as the SQL the lint rules
 * follow: {@code op.create_table("t", sa.Column("c", sa.JSON), ...)} is {@code CREATE TABLE t (c
 * json, ...)} (the table is new, and its json columns are known); {@code op.add_column("t",
 * sa.Column("c", postgresql.JSONB()))} and {@code op.alter_column("t", "c", type_=sa.JSON)} are
 * the {@code ALTER TABLE} that adds or converts a json or jsonb column. Other column types are
 * not followed by add and alter; names and types must be literals. A type is its class name
 * lower-cased ({@code sa.JSON}, {@code postgresql.JSONB(astext_type=...)}).
 */
final class PythonOpCalls {
  private static final String SIMPLE_NAME = "[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)?";

  private PythonOpCalls() {}

  /** The statements the op calls on one logical line declare, in order. */
  static List<SqlStatement> declared(List<PythonToken> t) {
    List<SqlStatement> out = new ArrayList<>();
    for (int i = 1; i + 2 < t.size(); i++) {
      if (!t.get(i - 1).isOp(".") || !t.get(i + 1).isOp("(") || t.get(i + 2).kind() != PythonToken.Kind.STRING) {
        continue;
      }
      PythonToken table = t.get(i + 2);
      if (!table.text().matches(SIMPLE_NAME)) {
        continue;
      }
      List<List<PythonToken>> args = arguments(t, i + 1);
      switch (t.get(i).kind() == PythonToken.Kind.NAME ? t.get(i).text() : "") {
        case "create_table" -> out.add(createTable(table, args));
        case "add_column" -> addColumn(table, args).ifPresent(out::add);
        case "alter_column" -> alterColumn(table, args).ifPresent(out::add);
        default -> { }
      }
    }
    return out;
  }

  private static SqlStatement createTable(PythonToken table, List<List<PythonToken>> args) {
    List<String> columns = new ArrayList<>();
    for (List<PythonToken> arg : args.subList(1, args.size())) {
      column(arg).ifPresent(columns::add);
    }
    return new SqlStatement("CREATE TABLE " + table.text() + " (" + String.join(", ", columns) + ")", table.line());
  }

  private static Optional<SqlStatement> addColumn(PythonToken table, List<List<PythonToken>> args) {
    return args.size() < 2 ? Optional.empty() : column(args.get(1)).filter(PythonOpCalls::isJson)
        .map(c -> new SqlStatement("ALTER TABLE " + table.text() + " ADD COLUMN " + c, table.line()));
  }

  private static Optional<SqlStatement> alterColumn(PythonToken table, List<List<PythonToken>> args) {
    if (args.size() < 2 || args.get(1).size() != 1 || args.get(1).get(0).kind() != PythonToken.Kind.STRING
        || !args.get(1).get(0).text().matches(SIMPLE_NAME)) {
      return Optional.empty();
    }
    for (List<PythonToken> arg : args) {
      if (arg.size() > 2 && arg.get(0).is(PythonToken.Kind.NAME, "type_") && arg.get(1).isOp("=")) {
        String column = args.get(1).get(0).text();
        return type(arg, 2).filter(type -> type.startsWith("json"))
            .map(type -> new SqlStatement("ALTER TABLE " + table.text() + " ALTER COLUMN " + column + " TYPE " + type,
                table.line()));
      }
    }
    return Optional.empty();
  }

  private static boolean isJson(String column) {
    return column.endsWith(" json") || column.endsWith(" jsonb");
  }

  /** {@code sa.Column("name", TYPE, ...)} as {@code name type}. */
  private static Optional<String> column(List<PythonToken> arg) {
    int i = 0;
    while (i + 1 < arg.size() && arg.get(i).kind() == PythonToken.Kind.NAME && arg.get(i + 1).isOp(".")) {
      i += 2;
    }
    if (i + 4 >= arg.size() || !arg.get(i).is(PythonToken.Kind.NAME, "Column") || !arg.get(i + 1).isOp("(")
        || arg.get(i + 2).kind() != PythonToken.Kind.STRING || !arg.get(i + 3).isOp(",")
        || !arg.get(i + 2).text().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return Optional.empty();
    }
    String name = arg.get(i + 2).text();
    return type(arg, i + 4).map(type -> name + " " + type);
  }

  /** The type class named from {@code at} ({@code sa.JSON}, {@code JSONB(...)}), lower case. */
  private static Optional<String> type(List<PythonToken> tokens, int at) {
    int i = at;
    String last = null;
    while (i < tokens.size() && tokens.get(i).kind() == PythonToken.Kind.NAME) {
      last = tokens.get(i).text();
      if (i + 1 < tokens.size() && tokens.get(i + 1).isOp(".")) {
        i += 2;
      } else {
        i++;
        break;
      }
    }
    boolean ends = i >= tokens.size() || tokens.get(i).isOp("(") || tokens.get(i).isOp(",") || tokens.get(i).isOp(")");
    return last == null || !ends ? Optional.empty() : Optional.of(last.toLowerCase(Locale.ROOT));
  }

  /** The top-level arguments of the call whose {@code (} is at {@code open}, each without its comma. */
  private static List<List<PythonToken>> arguments(List<PythonToken> t, int open) {
    List<List<PythonToken>> args = new ArrayList<>();
    int depth = 0;
    int start = open + 1;
    for (int i = open; i < t.size(); i++) {
      PythonToken token = t.get(i);
      if (token.isOp("(") || token.isOp("[") || token.isOp("{")) {
        depth++;
      } else if (token.isOp(")") || token.isOp("]") || token.isOp("}")) {
        depth--;
        if (depth == 0) {
          if (i > start) {
            args.add(t.subList(start, i));
          }
          return args;
        }
      } else if (depth == 1 && token.isOp(",")) {
        args.add(t.subList(start, i));
        start = i + 1;
      }
    }
    return args;
  }
}
