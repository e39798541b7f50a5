package dev.retort.lint.rules;

import java.util.List;

/**
 * One upgrade statement as the SQL rules see it.
 *
 * @param sql the statement as written
 * @param line the file line where it starts
 * @param norm literals masked, whitespace collapsed, upper case (see {@link SqlText#normalise})
 * @param kind what the statement does
 * @param objectType for {@code DROP}: what is dropped ({@code TABLE}, {@code INDEX}, ...); else empty
 * @param tables the table (or, for {@code DROP INDEX}, index) names the statement acts on, bare and lower case
 * @param ifExists for {@code DROP}: whether {@code IF EXISTS} is written
 * @param clauses for {@code ALTER TABLE}: its actions, normalised, e.g. {@code ADD COLUMN X INT NOT NULL}
 * @param parsed whether JSqlParser understood the statement (else the token fallback classified it)
 * @param created the relation the statement creates (a table of any kind, a view, a materialized
 *     view, an index or a sequence), bare and lower case; empty when it creates none (also for
 *     {@code CREATE OR REPLACE VIEW}, which may replace an existing view)
 */
record StatementView(
    String sql, int line, String norm, Kind kind, String objectType, List<String> tables, boolean ifExists,
    List<String> clauses, boolean parsed, String created) {

  /** The statement kinds the rules care about. */
  enum Kind {
    CREATE_TABLE,
    CREATE_INDEX,
    DROP,
    ALTER_TABLE,
    OTHER
  }

  StatementView {
    tables = List.copyOf(tables);
    clauses = List.copyOf(clauses);
  }

  /** The first table named, or empty. */
  String table() {
    return tables.isEmpty() ? "" : tables.get(0);
  }
}
