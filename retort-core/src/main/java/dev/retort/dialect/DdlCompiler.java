package dev.retort.dialect;

import dev.retort.ops.Op;
import java.util.List;

/**
 * Compiles operations to a dialect's SQL (STYLE.md C10). Pure: what it must know about the current
 * schema (SQLite rebuilds, existence checks) it asks through the {@link SchemaLookup} it is given.
 */
public interface DdlCompiler {
  /** The statements that perform {@code op} against the schema {@code schema} describes, in order. */
  List<CompiledStatement> compile(Op op, SchemaLookup schema);

  /** A SQL literal for a value, for offline scripts: {@code NULL}, numbers, booleans, escaped strings. */
  String literal(Object value);

  /** The statement with each {@code ?} placeholder replaced by its parameter as a {@link #literal}. */
  default String inline(CompiledStatement statement) {
    if (statement.parameters().isEmpty()) {
      return statement.sql();
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    String sql = statement.sql();
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '?' && next < statement.parameters().size()) {
        out.append(literal(statement.parameters().get(next++)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
