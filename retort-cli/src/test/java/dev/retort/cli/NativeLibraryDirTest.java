package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each CLI process unpacks sqlite-jdbc's native library into a folder of its own. */
class NativeLibraryDirTest {
  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty("org.sqlite.tmpdir");
    System.clearProperty("org.sqlite.tmpdir");
    assertThat(System.getProperty("org.sqlite.lib.path")).as("the test JVM loads sqlite-jdbc as unpacked").isNull();
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty("org.sqlite.tmpdir");
    } else {
      System.setProperty("org.sqlite.tmpdir", before);
    }
  }

  @Test
  void useOwnFolder_setsAPrivateNewFolder_unlessOneIsConfigured() {
    NativeLibraryDir.useOwnFolder();
    Path own = Path.of(System.getProperty("org.sqlite.tmpdir"));
    assertThat(own).isDirectory().isEmptyDirectory();
    assertThat(own.getFileName().toString()).startsWith("retort-sqlite-");
    assertThat(own.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));

    System.setProperty("org.sqlite.tmpdir", "/somewhere/else");
    NativeLibraryDir.useOwnFolder();
    assertThat(System.getProperty("org.sqlite.tmpdir")).isEqualTo("/somewhere/else");
  }

  @Test
  void aLibraryLoadedFromItsOwnFolder_needsNoUnpackFolder() {
    String libPath = System.getProperty("org.sqlite.lib.path");
    System.setProperty("org.sqlite.lib.path", "/opt/retort/native");
    try {
      NativeLibraryDir.useOwnFolder();
      assertThat(System.getProperty("org.sqlite.tmpdir")).isNull();
    } finally {
      if (libPath == null) {
        System.clearProperty("org.sqlite.lib.path");
      } else {
        System.setProperty("org.sqlite.lib.path", libPath);
      }
    }
  }

  @Test
  void staleFoldersOfKilledProcesses_areRemoved_liveOnesKept() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path stale = Files.createTempDirectory(tmp, "retort-sqlite-");
    Files.writeString(stale.resolve("sqlite-3.46.1.3-abc-libsqlitejdbc.so"), "lib");
    Path live = Files.createTempDirectory(tmp, "retort-sqlite-");
    Files.writeString(live.resolve("sqlite-3.46.1.3-def-libsqlitejdbc.so"), "lib");
    Files.writeString(live.resolve("sqlite-3.46.1.3-def-libsqlitejdbc.so.lck"), "");
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(0);
    Files.setLastModifiedTime(stale, old);
    Files.setLastModifiedTime(live, old);

    NativeLibraryDir.useOwnFolder();

    assertThat(stale).doesNotExist();
    assertThat(live).isDirectory();
    Files.delete(live.resolve("sqlite-3.46.1.3-def-libsqlitejdbc.so.lck"));
    Files.delete(live.resolve("sqlite-3.46.1.3-def-libsqlitejdbc.so"));
    Files.delete(live);
  }
}
