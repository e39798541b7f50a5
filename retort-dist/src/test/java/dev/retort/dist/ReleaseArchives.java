package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The release archives this build wrote to {@code retort-dist/target}, and the version it gave
 * them, from the system properties the pom passes to failsafe.
 *
 * @param tarGz {@code retort-VERSION.tar.gz}
 * @param zip {@code retort-VERSION.zip}
 * @param version the Maven project version
 */
record ReleaseArchives(Path tarGz, Path zip, String version) {
  /** The archives of this build; fails when the pom did not say where they are or they are missing. */
  static ReleaseArchives ofThisBuild() {
    String base = System.getProperty("retort.archives");
    String version = System.getProperty("retort.version");
    assertThat(base).as("-Dretort.archives (set in retort-dist/pom.xml)").isNotBlank();
    assertThat(version).as("-Dretort.version (set in retort-dist/pom.xml)").isNotBlank();
    ReleaseArchives archives = new ReleaseArchives(Path.of(base + ".tar.gz"), Path.of(base + ".zip"), version);
    assertThat(archives.tarGz()).as("the tar.gz that mvn package writes").isRegularFile();
    assertThat(archives.zip()).as("the zip that mvn package writes").isRegularFile();
    return archives;
  }

  /** The one folder both archives hold everything under. */
  String folder() {
    return "retort-" + version;
  }

  /**
   * Unpacks the tar.gz into {@code dir} with the system's {@code tar}, as a user would, and
   * returns the release folder; {@code members} limits it to those paths inside the folder.
   */
  Path untar(Path dir, String... members) {
    List<String> command = new ArrayList<>(List.of("tar", "-xzf", tarGz.toString(), "-C", dir.toString()));
    for (String member : members) {
      command.add(folder() + "/" + member);
    }
    ProcessResult.run(dir, Map.of(), command).succeeded();
    return dir.resolve(folder());
  }
}
