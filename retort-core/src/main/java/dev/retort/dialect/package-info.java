/**
 * Database dialects behind one SPI: {@link dev.retort.dialect.Dialect} (DDL for Retort's own
 * tables, reflection, the migration lock, {@link dev.retort.dialect.Capabilities}), found per
 * instance by {@link dev.retort.dialect.DialectRegistry}; {@link dev.retort.dialect.DatabaseUrl}
 * parses and redacts URLs. {@link dev.retort.dialect.DdlCompiler} turns {@code dev.retort.ops.Op}s
 * into SQL ({@link dev.retort.dialect.DdlWriter} holds what the dialects share), reading the
 * schema only through {@link dev.retort.dialect.SchemaLookup}. Each dialect also owns a {@link
 * dev.retort.dialect.SchemaReflector} that reads the schema into {@code dev.retort.schema}.
 *
 * <p>The reflection SPI lives here rather than in STYLE.md's {@code autogen.reflect}: a dialect is
 * the plugin that {@code DialectRegistry} loads, its reflector reuses the dialect's package-private
 * SQL helpers (SQLite's {@code SqlTokens} and {@code TableShape}), and an interface in {@code
 * autogen.reflect} implemented in {@code dialect.*} would make the two packages depend on each
 * other. {@code autogen} will call {@code dialect.reflector()} instead. May use ops, schema and
 * error.
 */
package dev.retort.dialect;
