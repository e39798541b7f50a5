package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.LintCommand;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision of the standard rules on a realistic PostgreSQL history (22 revisions written for this
 * test, in the style of histories converted from Flyway: functions, triggers, DO blocks, partial
 * indexes, materialized views, CONCURRENTLY, varchar widenings, a column named {@code type}, temp
 * and scratch tables). The exact set of findings is asserted, so a false positive and a false
 * negative both fail. Each expected finding says why it is right; the comments below the list say
 * which statements must not be reported.
 */
class PostgresHistoryPrecisionTest {
  private static final Path PROJECT = Path.of("src", "test", "resources", "lint", "pg-history").toAbsolutePath();

  @Test
  void standardRules_reportExactlyTheRealProblems() {
    RetortConfig config = new ConfigLoader(Map.of(), PROJECT).load(Optional.of(PROJECT.resolve("retort.toml")), Map.of());
    List<Finding> findings = LintCommand.run(config, Optional.empty(), Set.of());

    assertThat(findings).extracting(PostgresHistoryPrecisionTest::shown).containsExactly(
        // create index on books (a table of the first revision) without CONCURRENTLY: blocks writes
        "pg090000000a_status_index.sql:7 RT202",
        // varchar(13) to varchar(10) narrows: PostgreSQL checks and rewrites
        "pg100000000a_prices_and_isbn.sql:8 RT204",
        // timestamptz to timestamp with USING: a rewrite
        "pg110000000a_utc_timestamps.sql:7 RT204",
        // a foreign key on existing books without NOT VALID: scans books under a lock
        "pg130000000a_editors.sql:8 RT205",
        // loans came from an earlier revision: running code still reads member
        "pg140000000a_member_name.sql:7 RT206",
        // SET NOT NULL on existing books without a validated CHECK: full scan under ACCESS EXCLUSIVE
        "pg160000000a_format_required.sql:7 RT207",
        // DROP COLUMN of an existing table: no IF EXISTS (RT201), and running code reads it (RT206)
        "pg190000000a_drop_legacy_code.sql:7 RT201",
        "pg190000000a_drop_legacy_code.sql:7 RT206",
        // NOT NULL column without DEFAULT on existing loans: fails when loans has rows
        "pg210000000a_loan_returned.sql:7 RT203",
        // CONCURRENTLY in a revision without 'Transactional: false': PostgreSQL refuses it
        "pg220000000a_due_index.sql:7 RT113",
        // and its downgrade's DROP INDEX CONCURRENTLY runs in a transaction too
        "pg220000000a_due_index.sql:10 RT113");
    // Not reported, on purpose:
    // - pg01: the index on books, created two statements earlier (RT202)
    // - pg02, pg18: functions with $$ / $body$ bodies, triggers, ADD COLUMN NOT NULL DEFAULT now()
    // - pg03: varchar(100) -> varchar(255) and varchar(200) -> text rewrite nothing (RT204)
    // - pg04: ALTER COLUMN type DROP NOT NULL / SET DEFAULT: the column is named type; no TYPE change
    // - pg05: a DO block creating an enum
    // - pg06: CONCURRENTLY in a 'Transactional: false' revision, partial and expression indexes
    // - pg07, pg17: unique index on a materialized view created earlier in the same revision (RT202)
    // - pg08: DROP TABLE of a TEMP table created earlier in the revision (RT201, RT206)
    // - pg10: numeric(8,2) -> numeric(12,2) keeps the scale: no rewrite (RT204)
    // - pg12: the FK and index on loans, created earlier in the revision (RT205, RT202)
    // - pg15, pg17: DROP ... IF EXISTS of an index and a materialized view
    // - pg16: varchar(20) -> varchar (no length) rewrites nothing (RT204)
    // - pg20: index, column and table of a scratch table created earlier in the revision (RT201, RT202, RT206)
  }

  private static String shown(Finding finding) {
    return finding.location().file().getFileName() + ":" + finding.location().line() + " " + finding.code();
  }
}
