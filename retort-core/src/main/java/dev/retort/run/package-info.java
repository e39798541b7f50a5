/**
 * Running plans: {@link dev.retort.run.Runner} against a live database (lock, width guard, one
 * transaction per step), {@link dev.retort.run.OfflineSqlWriter} for {@code --sql} scripts, and
 * {@link dev.retort.run.DatabaseState} for read-only inspection; {@link dev.retort.run.JdbcOperations}
 * and {@link dev.retort.run.OfflineOperations} run a Java revision's operations online or into a
 * script. May use plan, script, ops, dialect, store, graph and error.
 */
package dev.retort.run;
