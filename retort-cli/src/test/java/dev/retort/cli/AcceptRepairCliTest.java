package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort accept} and {@code retort repair} on a SQLite file: output, exit codes, errors. */
class AcceptRepairCliTest {
  private static final String A = "aaaa00000001";
  private static final String B = "bbbb00000002";

  @TempDir Path dir;
  TestProject p;

  @BeforeEach
  void project() {
    p = TestProject.in(dir);
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\n");
    p.rev(A, "", "first").write();
    p.rev(B, A, "second").write();
  }

  private static String sha(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private String edit(String id) throws IOException, NoSuchAlgorithmException {
    Files.writeString(p.path(id), Files.readString(p.path(id)) + "-- a comment added after it ran\n");
    return sha(p.path(id));
  }

  @Test
  void accept_editedRevision_printsOldAndNewChecksum_andStatusShowsItApplied() throws Exception {
    p.run("-q", "upgrade", "heads").succeeded();
    String before = sha(p.path(A));
    String after = edit(A);
    assertThat(p.run("status").succeeded().outLines()).anyMatch(l -> l.startsWith("edited") && l.contains(A));

    CliRun.Result accept = p.run("accept", A).succeeded();

    assertThat(accept.outLines()).containsExactly("accepted " + A + "  sha256:" + before.substring(0, 12)
        + " -> sha256:" + after.substring(0, 12) + "  " + p.shown(A));
    assertThat(p.run("status").succeeded().outLines()).allMatch(l -> l.startsWith("applied"));
    p.run("status", "--check").succeeded();
  }

  @Test
  void repairDryRun_listsEveryEditedRevision_andTheyStayEdited() throws Exception {
    p.run("-q", "upgrade", "heads").succeeded();
    edit(A);
    edit(B);

    CliRun.Result dry = p.run("repair", "--dry-run").succeeded();

    assertThat(dry.outLines()).hasSize(2);
    assertThat(dry.outLines().get(0)).startsWith("would accept " + A);
    assertThat(dry.outLines().get(1)).startsWith("would accept " + B);
    assertThat(p.run("status", "--check").exitCode()).isEqualTo(1);

    assertThat(p.run("repair").succeeded().outLines()).allMatch(l -> l.startsWith("accepted "));
    p.run("status", "--check").succeeded();
  }

  @Test
  void repair_nothingEdited_printsNothing_andSaysSoOnStderr() {
    p.run("-q", "upgrade", "heads").succeeded();

    CliRun.Result repair = p.run("repair");

    assertThat(repair.exitCode()).isZero();
    assertThat(repair.out()).isEmpty();
    assertThat(repair.err()).contains("nothing to repair");
  }

  @Test
  void accept_pendingRevision_failsWithV020() throws Exception {
    p.run("-q", "upgrade", A).succeeded();
    edit(B);

    CliRun.Result accept = p.run("accept", B).failedWith("RT-V020");

    assertThat(accept.err()).contains(B, "pending", "retort upgrade");
  }

  @Test
  void accept_uneditedRevision_failsWithV020_andUnknownWithG004() {
    p.run("-q", "upgrade", "heads").succeeded();

    p.run("accept", A).failedWith("RT-V020");
    p.run("accept", "ffff").failedWith("RT-G004");
  }

  @Test
  void accept_withoutRevision_isAUsageError() {
    p.run("accept").usageError();
  }
}
