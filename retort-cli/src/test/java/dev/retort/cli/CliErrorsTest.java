package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Failures exit 1 with one message (code, where, why, fix) and no stack trace unless -v. */
class CliErrorsTest {
  @TempDir Path dir;

  @Test
  void showHead_severalHeads_namesBothHeadsAndTheMergeFix() {
    TestProject p = Projects.twoHeads(dir);

    var result = p.run("show", "head").failedWith("RT-G002");

    assertThat(result.errLines().get(0)).contains("2 heads").contains("'head'");
    assertThat(result.err())
        .contains("bbbb00000002")
        .contains("cccc00000003")
        .contains("add email")
        .contains("add orders")
        .contains(p.shown("bbbb00000002"))
        .contains(p.shown("cccc00000003"))
        .contains("fix: retort merge");
  }

  @Test
  void relativeToHead_severalHeads_isTheSameError() {
    TestProject p = Projects.twoHeads(dir);

    var result = p.run("history", "-r", "head-1:").failedWith("RT-G002");

    assertThat(result.err()).contains("bbbb00000002").contains("cccc00000003");
  }

  @Test
  void show_unknownRevision_isG004NamingIt() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "zzzz9999").failedWith("RT-G004");

    assertThat(result.errLines().get(0)).contains("'zzzz9999'");
  }

  @Test
  void history_unknownRangeEnd_isG004() {
    TestProject p = Projects.shop(dir);

    var result = p.run("history", "-r", "nope0000:").failedWith("RT-G004");

    assertThat(result.err()).contains("nope0000");
  }

  @Test
  void show_ambiguousPrefix_listsTheCandidates() {
    TestProject p = TestProject.in(dir);
    p.rev("abcd11110000", "", "first").write();
    p.rev("abcd22220000", "abcd11110000", "second").write();
    p.rev("ffff33330000", "abcd22220000", "third").write();

    var result = p.run("show", "abcd").failedWith("RT-G005");

    assertThat(result.err()).contains("'abcd'").contains("abcd11110000, abcd22220000");
    assertThat(result.err()).doesNotContain("ffff33330000");
    // one character more is unique
    assertThat(p.run("show", "abcd2").succeeded().outLines()).first().isEqualTo("Rev: abcd22220000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaa00000001_create_users", "aaaa00000001_create_users.sql", "create_users"})
  void revisesNamesAFile_isS004PointingAtTheRealId(String revises) {
    TestProject p = TestProject.in(dir);
    p.rev("aaaa00000001", "", "create users").write();
    p.rev("bbbb00000002", revises, "add email").write();

    var result = p.run("heads").failedWith("RT-S004");

    assertThat(result.errLines().get(0))
        .contains(p.shown("bbbb00000002") + ":2")
        .contains("Revises: " + revises);
    assertThat(result.err())
        .contains("that is the file name of")
        .contains(p.shown("aaaa00000001"))
        .contains("aaaa00000001")
        .contains("fix: Revises: aaaa00000001");
  }

  @Test
  void revisesNamesAFileWhoseNameIsNotAnId_isS004PointingAtTheRealId() {
    TestProject p = TestProject.in(dir);
    p.rev("aaaa00000001", "", "create users").fileName("2026-01-05_create_users.sql").write();
    p.rev("bbbb00000002", "2026-01-05_create_users", "add email").write();

    var result = p.run("history").failedWith("RT-S004");

    assertThat(result.errLines().get(0)).contains(p.shown("bbbb00000002") + ":2");
    assertThat(result.err())
        .contains("that is the file name of")
        .contains(p.shown("aaaa00000001"))
        .contains("fix: Revises: aaaa00000001");
  }

  @Test
  void duplicateIds_isG001NamingBothFiles() {
    TestProject p = TestProject.in(dir);
    p.rev("aaaa00000001", "", "create users").write();
    p.rev("aaaa00000001", "", "create users again").fileName("aaaa00000001_copy.sql").write();

    var result = p.run("heads").failedWith("RT-G001");

    assertThat(result.err())
        .contains("aaaa00000001")
        .contains("aaaa00000001_create_users.sql")
        .contains("aaaa00000001_copy.sql");
  }

  @Test
  void malformedHeader_isS002WithFileAndLine() {
    TestProject p = TestProject.in(dir);
    p.rev("aaaa00000001", "", "create users").write();
    Path bad = p.file("migrations/versions/bbbb00000002_add_email.sql", CliRun.text(
        "-- Revision: bbbb00000002",
        "-- Revision: cccc00000003",
        "-- Message: add email",
        "",
        "-- +upgrade",
        "ALTER TABLE users ADD COLUMN email TEXT;"));

    var result = p.run("history").failedWith("RT-S002");

    assertThat(result.errLines().get(0)).contains(TestProject.shown(bad) + ":2:").contains("Revision");
  }

  @Test
  void misspelledHeaderKey_isS002WithTheLineAndTheRightSpelling() {
    TestProject p = TestProject.in(dir);
    Path bad = p.file("migrations/versions/aaaa00000001_create_users.sql", CliRun.text(
        "-- Revision: aaaa00000001",
        "-- Revisses: ",
        "-- Message: create users",
        "",
        "-- +upgrade",
        "CREATE TABLE users (id INTEGER);"));

    var result = p.run("heads").failedWith("RT-S002");

    assertThat(result.errLines().get(0)).contains(TestProject.shown(bad) + ":2:").contains("Revisses");
    assertThat(result.err()).contains("Revises:");
  }

  @Test
  void missingVersionsDirectory_isS006() {
    TestProject p = TestProject.in(dir);
    p.file("retort.toml", "script_location = \"db\"\n");

    var result = p.run("heads").failedWith("RT-S006");

    assertThat(result.err()).contains(TestProject.shown(dir.resolve("db/versions")));
  }

  @Test
  void noConfigurationAndNoMigrationsFolder_isS006() {
    var result = CliRun.run(dir, java.util.Map.of(), "history").failedWith("RT-S006");

    assertThat(result.err()).contains("versions");
  }

  @Test
  void invalidToml_isC001NamingTheFile() {
    TestProject p = Projects.shop(dir);
    p.file("retort.toml", "script_location = migrations\n");

    var result = p.run("heads").failedWith("RT-C001");

    assertThat(result.errLines().get(0)).contains("retort.toml");
  }

  @Test
  void configFileGivenWithDashCMissing_isC001() {
    TestProject p = Projects.shop(dir);

    var result = p.run("-c", "nope.toml", "heads").failedWith("RT-C001");

    assertThat(result.err()).contains("nope.toml");
  }

  @Test
  void unknownConfigurationKey_isC002WithTheNearestKey() {
    TestProject p = Projects.shop(dir);
    p.file("retort.toml", "script_locaton = \"migrations\"\n");

    var result = p.run("heads").failedWith("RT-C002");

    assertThat(result.err()).contains("script_locaton").contains("script_location");
  }

  @ParameterizedTest
  @ValueSource(strings = {"show +1", "show -1", "show -3", "show current", "show orders@+1"})
  void showTargetRelativeToTheDatabase_isG010(String command) {
    TestProject p = Projects.shop(dir);

    var result = p.run(command.split(" ")).failedWith("RT-G010");

    assertThat(result.errLines().get(0)).contains("database");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1:", "-2:", ":-1"})
  void historyRangeRelativeToAnEmptyDatabase_isG008(String range) {
    TestProject p = Projects.shop(dir);

    // history reads the version table for a relative range; with no row the walk down from
    // base has nowhere to go
    var result = p.run("history", "-r", range).failedWith("RT-G008");

    assertThat(result.errLines().get(0)).contains("'" + range.replace(":", "") + "'").contains("base");
  }

  @Test
  void malformedTarget_isG009() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "head@@x").failedWith("RT-G009");

    assertThat(result.err()).contains("head@@x");
  }

  @Test
  void verboseFlag_printsTheStackTraceAfterTheMessage() {
    TestProject p = Projects.shop(dir);

    var result = p.run("-v", "show", "zzzz9999");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("error[RT-G004]: ");
    assertThat(result.err()).contains("\tat ").contains("UnknownRevisionException");
  }

  @Test
  void verboseLongFlag_printsTheStackTraceForScriptErrorsToo() {
    TestProject p = Projects.twoHeads(dir);

    var result = p.run("--verbose", "show", "head");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("error[RT-G002]: ");
    assertThat(result.err()).contains("\tat ").contains("MultipleHeadsException");
  }
}
