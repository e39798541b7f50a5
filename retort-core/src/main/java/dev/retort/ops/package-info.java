/**
 * Operations as data (STYLE.md C10): {@link dev.retort.ops.Op}, one record per operation a
 * revision can call, built from the {@code dev.retort.migration} value types, and {@link
 * dev.retort.ops.OpVisitor} for the dialects' compilers. Pure: no I/O, no {@code java.sql}. May
 * use error and the retort-migration-api value types.
 */
package dev.retort.ops;
