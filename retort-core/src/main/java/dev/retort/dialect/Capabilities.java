package dev.retort.dialect;

/**
 * What a database can do, so that code outside the dialects never checks a dialect's name.
 *
 * @param transactionalDdl DDL can be rolled back with the transaction
 * @param enforcesVarcharLength {@code VARCHAR(n)} rejects longer values (so the width guard matters)
 * @param alterColumnType the column type can be changed in place
 */
public record Capabilities(boolean transactionalDdl, boolean enforcesVarcharLength, boolean alterColumnType) {}
