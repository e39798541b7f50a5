package dev.retort.dialect;

/**
 * What a database can do, as data, so that the runner, the operations compilers, lint and
 * autogenerate ask a dialect's capabilities and never check its name.
 *
 * @param transactionalDdl DDL can be rolled back with the transaction; without it a revision's
 *     statements commit one by one, and Retort records a revision as started before it runs
 * @param enforcesVarcharLength {@code VARCHAR(n)} rejects longer values (so the width guard matters)
 * @param alterColumnType the column type can be changed in place ({@code ALTER … TYPE}/{@code MODIFY})
 * @param sessionLock the database has a session-scoped advisory lock that it releases when the
 *     session dies; without one, Retort takes a lease lock (a row with a heartbeat)
 * @param ifExistsForms {@code DROP … IF EXISTS} and {@code CREATE … IF NOT EXISTS} for indexes and
 *     columns as well as tables (every dialect has the forms for tables)
 * @param concurrentIndexBuilds an index can be built without blocking writes ({@code CONCURRENTLY})
 * @param enumTypes named enum types exist apart from columns ({@code CREATE TYPE … AS ENUM})
 * @param notValidConstraints a foreign key or check can be added {@code NOT VALID} (existing rows
 *     unchecked, no long lock) and validated later without blocking writes
 * @param onlineAlterClauses {@code ALTER TABLE} and {@code CREATE INDEX} take {@code ALGORITHM=}
 *     and {@code LOCK=} clauses, with which the server refuses a change it cannot make without
 *     copying the table or blocking writes, instead of silently doing so
 * @param implicitNotNullDefaults adding a {@code NOT NULL} column without a {@code DEFAULT} to a
 *     table with rows does not fail: existing rows get the type's implicit default ({@code 0},
 *     {@code ''}, a zero date)
 * @param partialIndexes an index can cover only the rows a condition selects ({@code CREATE INDEX
 *     … WHERE}); without it the operations compilers refuse {@code Index.where(…)}
 * @param sequences sequences are created, altered and dropped through the Operations API ({@code
 *     CREATE SEQUENCE}); without it the compilers refuse them
 * @param comments tables and columns carry comments ({@code COMMENT ON}, MySQL's {@code COMMENT}
 *     clauses) that reflection reads back; without it the compilers refuse {@code setTableComment}
 *     and {@code setColumnComment}
 */
public record Capabilities(
    boolean transactionalDdl,
    boolean enforcesVarcharLength,
    boolean alterColumnType,
    boolean sessionLock,
    boolean ifExistsForms,
    boolean concurrentIndexBuilds,
    boolean enumTypes,
    boolean notValidConstraints,
    boolean onlineAlterClauses,
    boolean implicitNotNullDefaults,
    boolean partialIndexes,
    boolean sequences,
    boolean comments) {}
