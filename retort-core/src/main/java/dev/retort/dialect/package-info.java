/**
 * Database dialects behind one SPI: {@link dev.retort.dialect.Dialect} (DDL for Retort's own
 * tables, reflection, the migration lock, {@link dev.retort.dialect.Capabilities}), found per
 * instance by {@link dev.retort.dialect.DialectRegistry}; {@link dev.retort.dialect.DatabaseUrl}
 * parses and redacts URLs. {@link dev.retort.dialect.DdlCompiler} turns {@code dev.retort.ops.Op}s
 * into SQL ({@link dev.retort.dialect.DdlWriter} holds what the dialects share), reading the
 * schema only through {@link dev.retort.dialect.SchemaLookup}. May use ops and error.
 */
package dev.retort.dialect;
