package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort status} lists repeatable revisions after the revisions, with their state. */
class RepeatableStatusCliTest {
  @TempDir Path dir;

  @Test
  void status_showsARepeatablePending_thenApplied_thenOutdated() throws IOException {
    Files.writeString(dir.resolve("retort.toml"), "url = \"sqlite:app.db\"\n");
    Files.createDirectories(dir.resolve("migrations/versions"));
    Files.createDirectories(dir.resolve("migrations/repeatable"));
    Files.writeString(dir.resolve("migrations/versions/a1_users.sql"), "-- Revision: a1\n-- Revises:\n-- Message: users\n"
        + "\n-- +upgrade\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n\n-- +downgrade\nDROP TABLE users;\n");
    Path view = dir.resolve("migrations/repeatable/user_ids.sql");
    Files.writeString(view, "-- Message: the ids\nDROP VIEW IF EXISTS user_ids;\nCREATE VIEW user_ids AS SELECT id FROM users;\n");

    assertThat(CliRun.run(dir, Map.of(), "status").succeeded().out()).contains("pending  repeatable:user_ids  the ids");
    CliRun.Result upgrade = CliRun.run(dir, Map.of(), "upgrade", "heads");
    assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
    assertThat(upgrade.err()).contains("applying repeatable user_ids (the ids)");
    assertThat(CliRun.run(dir, Map.of(), "status").succeeded().out()).contains("applied  repeatable:user_ids");
    Files.writeString(view, "DROP VIEW IF EXISTS user_ids;\nCREATE VIEW user_ids AS SELECT id AS n FROM users;\n");
    assertThat(CliRun.run(dir, Map.of(), "status").succeeded().out()).contains("outdated repeatable:user_ids");
  }
}
