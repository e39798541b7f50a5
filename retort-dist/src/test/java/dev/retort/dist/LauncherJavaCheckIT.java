package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/retort's checks before it starts Java: a Java older than 17 (read from the installation's
 * release file, or from {@code java -version} when there is none), a JAVA_HOME without a java,
 * no Java at all, an incomplete installation. Each is one error line and one fix line, exit 1,
 * and the old Java is never asked to run Retort. The old Javas are small scripts that answer
 * {@code -version} as such a Java does and otherwise leave a mark.
 */
class LauncherJavaCheckIT {
  @TempDir static Path dir;
  static UnpackedRelease release;

  @BeforeAll
  static void untarTheLauncherAndTheJar() throws IOException {
    ReleaseArchives archives = ReleaseArchives.ofThisBuild();
    Path home = archives.untar(Files.createDirectories(dir.resolve("opt")), "bin/retort", "retort.jar");
    release = new UnpackedRelease(home, dir.resolve("cache"));
  }

  @Test
  void java11_fromItsReleaseFile_isRefused_withTheVersionAndTheFix() throws IOException {
    Path java11 = fakeJava("java11", "openjdk version \"11.0.2\" 2019-01-15");
    Files.writeString(java11.resolve("release"), "IMPLEMENTOR=\"Oracle Corporation\"\nJAVA_VERSION=\"11.0.2\"\n");

    ProcessResult result = release.retort(dir, Map.of("JAVA_HOME", java11.toString()), "--version");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).containsExactly(
        "error: Retort needs Java 17 or later, and " + java11.resolve("bin/java") + " is Java 11.0.2",
        "fix: install Java 17 or later and set JAVA_HOME to its folder (JAVA_HOME is " + java11 + ")");
    assertThat(result.out()).isEmpty();
    assertThat(java11.resolve("ran")).as("the old java ran Retort").doesNotExist();
  }

  @Test
  void java8_onThePath_withoutAReleaseFile_isRefused_fromWhatJavaVersionSays() throws IOException {
    Path java8 = fakeJava("java8", "java version \"1.8.0_292\"");
    String path = java8.resolve("bin") + ":" + System.getenv("PATH");

    ProcessResult result = release.retort(dir, Map.of("JAVA_HOME", "", "PATH", path), "--version");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: Retort needs Java 17 or later, and " + java8.resolve("bin/java")
        + " is Java 1.8.0_292\n").contains("fix: install Java 17 or later", "JAVA_HOME is not set");
    assertThat(java8.resolve("ran")).as("the old java ran Retort").doesNotExist();
  }

  @Test
  void javaHome_withoutBinJava_isNamed() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("not-a-jdk"));

    ProcessResult result = release.retort(dir, Map.of("JAVA_HOME", empty.toString()), "--version");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).containsExactly(
        "error: JAVA_HOME is " + empty + ", but " + empty.resolve("bin/java") + " is not a program",
        "fix: set JAVA_HOME to the folder of a Java 17 (or later) installation, or unset it to use java from the PATH");
  }

  @Test
  void noJavaHome_andNoJavaOnThePath_saysSo() throws IOException {
    Path nothing = Files.createDirectories(dir.resolve("empty-path"));

    ProcessResult result = release.retort(dir, Map.of("JAVA_HOME", "", "PATH", nothing.toString()), "--version");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).containsExactly(
        "error: no Java found: JAVA_HOME is not set and there is no java on the PATH",
        "fix: install Java 17 or later, then set JAVA_HOME to its folder or put its bin folder on the PATH");
  }

  @Test
  void launcherWithoutRetortJar_saysTheInstallationIsIncomplete() throws IOException {
    Path broken = Files.createDirectories(dir.resolve("broken/bin"));
    Files.copy(release.home().resolve("bin/retort"), broken.resolve("retort"));

    ProcessResult result = release.run(List.of(broken.resolve("retort").toString()), dir, Map.of(), "--version");

    assertThat(result.exitCode()).isEqualTo(1);
    Path home = broken.getParent();
    assertThat(result.err().lines()).hasSize(2).first().asString()
        .isEqualTo("error: " + home.resolve("retort.jar") + " is missing: " + home + " is not a complete Retort installation");
  }

  /**
   * A folder {@code name}/bin/java: a script that prints {@code versionLine} on stderr for
   * {@code -version}, as a real java does, and for anything else writes {@code name}/ran.
   */
  private static Path fakeJava(String name, String versionLine) throws IOException {
    Path home = Files.createDirectories(dir.resolve(name));
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n"
        + "if [ \"$1\" = -version ]; then echo '" + versionLine + "' >&2; exit 0; fi\n"
        + "touch '" + home.resolve("ran") + "'\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }
}
