/**
 * Database dialects behind one SPI: {@link dev.retort.dialect.Dialect} (DDL for Retort's own
 * tables, reflection, the migration lock, {@link dev.retort.dialect.Capabilities}), found per
 * instance by {@link dev.retort.dialect.DialectRegistry}; {@link dev.retort.dialect.DatabaseUrl}
 * parses and redacts URLs.
 */
package dev.retort.dialect;
