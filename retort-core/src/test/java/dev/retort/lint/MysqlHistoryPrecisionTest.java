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
 * Precision of the standard rules on a MySQL history (12 revisions written for this test: backtick
 * names, stated algorithms and locks, foreign keys with the checks switched off, a FULLTEXT index
 * on a new table, an ENUM growing, renames). The exact set of findings is asserted, so a false
 * positive and a false negative both fail; the comments say why each is right and which
 * statements must not be reported.
 */
class MysqlHistoryPrecisionTest {
  private static final Path PROJECT = Path.of("src", "test", "resources", "lint", "mysql-history").toAbsolutePath();

  @Test
  void standardRules_reportExactlyTheRealProblems() {
    RetortConfig config = new ConfigLoader(Map.of(), PROJECT).load(Optional.of(PROJECT.resolve("retort.toml")), Map.of());
    List<Finding> findings = LintCommand.run(config, Optional.empty(), Set.of());

    assertThat(findings).extracting(MysqlHistoryPrecisionTest::shown).containsExactly(
        // INT to BIGINT: a type change, always a table copy
        "my050000000a_total_in_cents.sql:7 RT212",
        // a member appended to an ENUM without a stated algorithm: in place only if its storage stays
        "my080000000a_shipped.sql:7 RT212",
        // a FULLTEXT index on orders (an existing table): at best LOCK=SHARED
        "my090000000a_note_search.sql:7 RT214",
        // NOT NULL without DEFAULT: MySQL gives every existing customer vip = 0 without a word
        "my100000000a_customer_flag.sql:7 RT203",
        // and no ALGORITHM: INSTANT is what to state
        "my100000000a_customer_flag.sql:7 RT210",
        // CHANGE note remark: a rename (RT206), the type kept, no ALGORITHM (RT210) and no LOCK=NONE (RT211)
        "my110000000a_rename_note.sql:7 RT206",
        "my110000000a_rename_note.sql:7 RT210",
        "my110000000a_rename_note.sql:7 RT211",
        // RENAME TABLE of items, created two revisions earlier
        "my110000000a_rename_note.sql:8 RT206",
        // DROP INDEX ... ON orders without LOCK=NONE (no RT201: MySQL 8 has no DROP INDEX IF EXISTS)
        "my120000000a_drop_old_index.sql:7 RT211",
        // DROP TABLE IF EXISTS is idempotent, but code may still read scratch
        "my120000000a_drop_old_index.sql:8 RT206");
    // Not reported, on purpose:
    // - my01, my06: everything on tables created earlier in the same revision (the FULLTEXT index too)
    // - my01: CREATE INDEX without CONCURRENTLY (RT202 is PostgreSQL's), the FK inside CREATE TABLE
    // - my02, my03: ALGORITHM=INSTANT, and ALGORITHM=INPLACE LOCK=NONE, stated
    // - my04: VARCHAR(40) to VARCHAR(60) keeps a one-byte length prefix: in place, and stated
    // - my07: ADD FOREIGN KEY after SET foreign_key_checks = 0 (RT213), with INPLACE and LOCK=NONE
    // - my10: ALTER COLUMN ... SET DEFAULT only changes metadata (RT210)
  }

  private static String shown(Finding finding) {
    return finding.location().file().getFileName() + ":" + finding.location().line() + " " + finding.code();
  }
}
