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
 * @param ifExistsForms {@code DROP … IF EXISTS} and {@code CREATE … IF NOT EXISTS} for tables and indexes
 * @param concurrentIndexBuilds an index can be built without blocking writes ({@code CONCURRENTLY})
 * @param enumTypes named enum types exist apart from columns ({@code CREATE TYPE … AS ENUM})
 */
public record Capabilities(
    boolean transactionalDdl,
    boolean enforcesVarcharLength,
    boolean alterColumnType,
    boolean sessionLock,
    boolean ifExistsForms,
    boolean concurrentIndexBuilds,
    boolean enumTypes) {}
