/**
 * Running plans: {@link dev.retort.run.Runner} against a live database (lock, width guard, one
 * transaction per step), {@link dev.retort.run.OfflineSqlWriter} for {@code --sql} scripts, and
 * {@link dev.retort.run.DatabaseState} for read-only inspection. May use plan, script, dialect,
 * store, graph and error.
 */
package dev.retort.run;
