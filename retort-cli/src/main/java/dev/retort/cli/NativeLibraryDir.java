package dev.retort.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * A folder of this process's own for sqlite-jdbc's native library ({@code org.sqlite.tmpdir}).
 * sqlite-jdbc unpacks its library into the temp folder and deletes other processes' stale copies
 * there; two processes deleting the same copy at once made one of them log a stack trace (and an
 * unpack racing a delete can fail). A private folder shares nothing. Folders left by processes that
 * were killed (no {@code .lck} file inside, which sqlite-jdbc keeps while the library is in use,
 * and older than an hour) are removed.
 */
final class NativeLibraryDir {
  private static final String PREFIX = "retort-sqlite-";
  private static final Duration STALE = Duration.ofHours(1);

  private NativeLibraryDir() {}

  /**
   * Sets {@code org.sqlite.tmpdir} to a new private folder, unless it is set already or the library
   * is loaded from a folder of its own ({@code org.sqlite.lib.path}, which a checkout's
   * {@code bin/retort} sets): then nothing is unpacked, and the folder would only cost start-up time.
   */
  static void useOwnFolder() {
    if (System.getProperty("org.sqlite.tmpdir") != null || System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    try {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      removeStale(tmp);
      Path dir = Files.createTempDirectory(tmp, PREFIX);
      // registered first, so it is deleted last: after the library files sqlite-jdbc registers
      dir.toFile().deleteOnExit();
      System.setProperty("org.sqlite.tmpdir", dir.toString());
    } catch (IOException | RuntimeException e) {
      // sqlite-jdbc then uses the shared temp folder, as it does by default
    }
  }

  private static void removeStale(Path tmp) throws IOException {
    Instant before = Instant.now().minus(STALE);
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
      for (Path dir : dirs) {
        FileTime modified = Files.getLastModifiedTime(dir);
        if (modified.toInstant().isBefore(before) && !inUse(dir)) {
          delete(dir);
        }
      }
    }
  }

  private static boolean inUse(Path dir) throws IOException {
    try (DirectoryStream<Path> locks = Files.newDirectoryStream(dir, "*.lck")) {
      return locks.iterator().hasNext();
    }
  }

  private static void delete(Path dir) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // another process cleaning up at the same time, or not ours to delete: leave it
    }
  }
}
