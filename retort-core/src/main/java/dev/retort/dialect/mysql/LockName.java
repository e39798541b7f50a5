package dev.retort.dialect.mysql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of the migration lock for one version table: {@code retort:<database>.<table>}. Named
 * locks are server-wide, so two databases on one server, or two version tables in one database,
 * lock apart. MySQL refuses names longer than 64 characters; a longer one becomes {@code
 * retort:sha256:} and the first 50 hex digits of the SHA-256 of the full name.
 */
final class LockName {
  static final int MAX_LENGTH = 64;

  private LockName() {}

  static String of(String database, String table) {
    String full = "retort:" + (database == null ? "" : database) + "." + table;
    if (full.length() <= MAX_LENGTH) {
      return full;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
      String prefix = "retort:sha256:";
      return prefix + HexFormat.of().formatHex(hash).substring(0, MAX_LENGTH - prefix.length());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
