package dev.retort.dialect.mysql;

import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.SchemaReflector;
import dev.retort.schema.SchemaSnapshot;

/** Reads a MySQL/MariaDB schema from information_schema. */
final class MysqlReflector implements SchemaReflector {
  @Override
  public SchemaSnapshot reflect(SchemaLookup lookup, ReflectOptions options) {
    throw new UnsupportedOperationException("the MySQL reflector is being built");
  }
}
