package dev.retort.error;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Strict UTF-8 decoding of the files Retort reads (revision scripts, {@code retort.toml}): a byte
 * sequence that is not UTF-8 is refused with the file, line and byte offset instead of being
 * replaced by U+FFFD. A leading UTF-8 byte-order mark is accepted and left out of the text.
 */
public final class Utf8Text {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Utf8Text() {}

  /** Whether the bytes start with a UTF-8 byte-order mark. */
  public static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  /**
   * The text of a file's bytes, without a leading byte-order mark.
   *
   * @param file the file, for the error
   * @param bytes its content
   * @param code the code of the error, the reader's own (S001 for scripts, C001 for the configuration)
   * @throws InvalidUtf8Exception at the first byte that is not UTF-8
   */
  public static String decode(Path file, byte[] bytes, ErrorCode code) {
    int start = hasBom(bytes) ? BOM.length : 0;
    // Fast path: the JDK's lenient decoding is much quicker; without a U+FFFD in its result, the
    // bytes were valid. Only a text with U+FFFD (a bad byte, or a real U+FFFD) is decoded strictly.
    String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new InvalidUtf8Exception(code, file, lineAt(bytes, offset), offset, bytes[offset]);
    }
    out.flip();
    return out.toString();
  }

  /** The 1-based line of a byte offset; {@code \n}, {@code \r\n} and a lone {@code \r} end lines. */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
