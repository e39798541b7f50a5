package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a revision file as every reader sees it: strict UTF-8 (a byte that is not UTF-8 is
 * an error naming the file, line and byte offset), a leading byte-order mark left out, and line
 * endings normalised to {@code \n} as the checksum normalises them.
 */
public final class ScriptText {
  private ScriptText() {}

  /** Reads and decodes a revision file. */
  public static String read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableScriptException(file, e);
    }
    return decode(file, bytes);
  }

  /** Decodes a revision file's bytes. */
  public static String decode(Path file, byte[] bytes) {
    return Utf8Text.decode(file, bytes, ErrorCode.S001).replace("\r\n", "\n").replace('\r', '\n');
  }
}
