package dev.retort.autogen.source;

import dev.retort.schema.SchemaSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Reflected snapshots of built schemas, kept on disk so that building the same schema again (the
 * same migrations or {@code schema.sql}, on the same kind of scratch database, with the same Retort
 * build) is a file read instead of a scratch database, DDL and catalog queries. Keys are digests
 * of everything that decides the result ({@link #key(List)}); a live database is never cached.
 * Entries are {@code <key>.snapshot} files in {@link SnapshotBytes}' format.
 *
 * <p>A damaged or unreadable entry is a miss, and a failed write is ignored: the cache can only
 * save time, never change an answer.
 */
public final class SnapshotCache {
  /** Changes when the file layout changes, so old entries are not read. */
  private static final String FORMAT = "snapshot-cache-2";

  private final Path folder;

  /** A cache in {@code folder} (created on the first write). */
  public SnapshotCache(Path folder) {
    this.folder = folder;
  }

  /**
   * The folder of the user's cache: {@code RETORT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/retort/snapshots},
   * else {@code ~/.cache/retort/snapshots}.
   */
  public static Path defaultFolder(Map<String, String> environment) {
    String own = environment.get("RETORT_CACHE_DIR");
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = environment.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("retort").resolve("snapshots");
  }

  /**
   * The key for a build from these parts, e.g. the dialect, the scratch server's version, the Retort
   * build, then each input file's name and content digest. Order matters.
   */
  public static String key(List<String> parts) {
    MessageDigest digest = sha256();
    digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) ':');
      digest.update(bytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Which build of Retort this is, as a key part: the name, size and CRC-32 of the jar that holds
   * this class (a new build reflects or normalises differently, so its entries must not be read).
   * Its content, not its modification time: a CI job that restores the cache folder and gets the
   * same release again (downloaded anew, from a Maven repository, unpacked) reads what an earlier job
   * wrote. Classes outside a jar (a development build) get a new identity in every process.
   */
  public static String buildIdentity() {
    return BuildIdentity.VALUE;
  }

  /** The identity of the build in {@code code}: a jar's name, size and CRC-32; empty for anything else. */
  static Optional<String> jarIdentity(Path code) {
    if (!Files.isRegularFile(code)) {
      return Optional.empty();
    }
    try {
      CRC32 crc = new CRC32();
      crc.update(Files.readAllBytes(code));
      return Optional.of(code.getFileName() + ":" + Files.size(code) + ":" + Long.toHexString(crc.getValue()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Computed once per process (reading the jar takes a few milliseconds). */
  private static final class BuildIdentity {
    static final String VALUE = compute();

    private static String compute() {
      try {
        Path code = Path.of(SnapshotCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Optional<String> jar = jarIdentity(code);
        if (jar.isPresent()) {
          return jar.get();
        }
      } catch (RuntimeException | java.net.URISyntaxException e) {
        // fall through: unknown build, no reuse across processes
      }
      return "process-" + ProcessHandle.current().pid() + "-" + ProcessHandle.current().info().startInstant().orElse(null);
    }
  }

  /** The snapshot stored under {@code key}, if there is a readable one. */
  public Optional<SchemaSnapshot> get(String key) {
    Path file = file(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SnapshotBytes.decode(Files.readAllBytes(file)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stores {@code snapshot} under {@code key}; written to a temporary file and moved, so a reader never sees half. */
  public void put(String key, SchemaSnapshot snapshot) {
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, key, ".tmp");
      try {
        Files.write(temporary, SnapshotBytes.encode(snapshot));
        move(temporary, file(key));
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written only costs time
    }
  }

  private Path file(String key) {
    return folder.resolve(key + ".snapshot");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
