/**
 * {@code retort lint}: the {@link dev.retort.lint.Rule} SPI, {@link dev.retort.lint.Finding}s and the
 * rules in {@code rules/}. Rules are pure; the command layer reads files and databases for them.
 * May use script, graph, ops, dialect, config and error.
 */
package dev.retort.lint;
