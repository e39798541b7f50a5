package dev.retort.dialect.mysql;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.DdlCompiler;
import dev.retort.dialect.SchemaLookup;
import dev.retort.ops.Op;
import java.util.List;

/** Compiles operations to MySQL/MariaDB SQL. */
final class MysqlDdlCompiler implements DdlCompiler {
  @Override
  public List<CompiledStatement> compile(Op op, SchemaLookup schema) {
    throw new UnsupportedOperationException("the MySQL operations compiler is being built");
  }

  @Override
  public String literal(Object value) {
    throw new UnsupportedOperationException("the MySQL operations compiler is being built");
  }
}
