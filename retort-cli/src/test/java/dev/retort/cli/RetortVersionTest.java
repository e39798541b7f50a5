package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The version line from what the build recorded in version.properties. */
class RetortVersionTest {
  private static Properties recorded(String version, String commit) {
    Properties p = new Properties();
    p.setProperty("version", version);
    p.setProperty("commit", commit);
    return p;
  }

  @Test
  void line_versionAndCommit() {
    assertThat(RetortVersion.line(recorded("0.1.0", "1a2b3c4d5e6f"))).isEqualTo("retort 0.1.0 (commit 1a2b3c4d5e6f)");
  }

  @Test
  void line_builtWithoutGit_placeholderLeftByTheBuild_isUnknown() {
    assertThat(RetortVersion.line(recorded("0.1.0", "${retort.commit}")))
        .isEqualTo("retort 0.1.0 (commit unknown)");
    assertThat(RetortVersion.line(recorded("0.1.0", ""))).as("git ran but found no commit")
        .isEqualTo("retort 0.1.0 (commit unknown)");
    assertThat(RetortVersion.line(new Properties())).isEqualTo("retort (version unknown) (commit unknown)");
  }
}
