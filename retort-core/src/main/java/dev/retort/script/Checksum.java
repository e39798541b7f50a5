package dev.retort.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of a script's bytes with line endings normalised ({@code \r\n} and {@code \r} become {@code \n}). */
public final class Checksum {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Checksum() {}

  /** Lower-case hex SHA-256 of the bytes after line-ending normalisation. */
  public static String of(byte[] content) {
    MessageDigest digest = sha256();
    if (!hasCarriageReturn(content)) {
      digest.update(content);
      return hex(digest.digest());
    }
    byte[] buffer = new byte[8192];
    int used = 0;
    for (int i = 0; i < content.length; i++) {
      byte b = content[i];
      if (b == '\r') {
        b = '\n';
        if (i + 1 < content.length && content[i + 1] == '\n') {
          i++;
        }
      }
      buffer[used++] = b;
      if (used == buffer.length) {
        digest.update(buffer, 0, used);
        used = 0;
      }
    }
    digest.update(buffer, 0, used);
    return hex(digest.digest());
  }

  /**
   * Whether a {@code \r} occurs. Most scripts have none, and then their bytes are digested as they
   * are. The search is the JDK's (a Latin-1 view of the bytes: one char per byte), which a JVM
   * starting up has compiled already, unlike a loop here run once per script.
   */
  private static boolean hasCarriageReturn(byte[] content) {
    return new String(content, StandardCharsets.ISO_8859_1).indexOf('\r') >= 0;
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
