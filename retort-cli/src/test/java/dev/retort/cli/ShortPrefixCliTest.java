package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbered ids ({@code 001}, {@code 002}, ... {@code 011_hash_dedup_fields}) and prefixes of 1 to 3
 * characters, resolved as Alembic 1.20 does: a prefix of any length names the ids longer than 3
 * characters that start with it.
 */
class ShortPrefixCliTest {
  @TempDir Path dir;

  private TestProject numbered() {
    TestProject p = TestProject.in(dir);
    p.rev("001", "", "create users").write();
    p.rev("002", "001", "add email").write();
    p.rev("003", "002", "add orders").write();
    p.rev("004_add_x", "003", "add x").write();
    p.rev("011_hash_dedup_fields", "004_add_x", "hash dedup fields").write();
    return p;
  }

  @Test
  void upgrade_threeCharacterPrefix_appliesTheLongIdItStarts() {
    TestProject p = numbered();

    p.run("-q", "upgrade", "004").succeeded();

    assertThat(p.run("current").succeeded().out()).startsWith("004_add_x");
  }

  @Test
  void stampAndDowngrade_shortPrefixes_moveToTheLongIds() {
    TestProject p = numbered();

    p.run("-q", "stamp", "01").succeeded();
    assertThat(p.run("current").succeeded().out()).startsWith("011_hash_dedup_fields");

    p.run("-q", "stamp", "0", "--purge").failedWith("RT-G005");
    assertThat(p.run("current").succeeded().out()).startsWith("011_hash_dedup_fields");

    p.run("-q", "stamp", "00").succeeded();
    assertThat(p.run("current").succeeded().out()).startsWith("004_add_x");
  }

  @Test
  void show_oneAndTwoCharacterPrefixes() {
    TestProject p = numbered();

    assertThat(p.run("show", "00").succeeded().out()).startsWith("Rev: 004_add_x\n");
    assertThat(p.run("show", "00@head").succeeded().out()).startsWith("Rev: 011_hash_dedup_fields (head)\n");

    var ambiguous = p.run("show", "0").failedWith("RT-G005");
    assertThat(ambiguous.err()).contains("candidates: 004_add_x, 011_hash_dedup_fields");
  }

  @Test
  void show_prefixOfOnlyShortIds_isG004SayingWhy() {
    TestProject p = TestProject.in(dir);
    p.rev("001", "", "create users").write();
    p.rev("002", "001", "add email").write();

    var result = p.run("show", "00").failedWith("RT-G004");

    assertThat(result.err())
        .contains("'00'")
        .contains("did you mean: 001, 002")
        .contains("ids of 3 characters or fewer are matched only in full");
  }

  @Test
  void historyRange_shortPrefixes() {
    TestProject p = numbered();

    var lines = p.run("history", "-r", "00:01").succeeded().outLines();

    assertThat(lines).containsExactly(
        "004_add_x -> 011_hash_dedup_fields (head), hash dedup fields",
        "003 -> 004_add_x, add x");
  }
}
