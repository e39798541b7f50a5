package dev.retort.error;

import java.nio.file.Path;
import java.util.List;

/** A file Retort reads as text holds bytes that are not UTF-8 (see {@link Utf8Text}). */
public final class InvalidUtf8Exception extends RetortException {
  private static final long serialVersionUID = 1L;

  private final int byteOffset;

  InvalidUtf8Exception(ErrorCode code, Path file, int line, int byteOffset, byte value) {
    super(
        code,
        new Location(file, line),
        String.format("not valid UTF-8: byte 0x%02X at byte offset %d; the file must be saved as UTF-8",
            value & 0xff, byteOffset),
        List.of(),
        "convert it, e.g. iconv -f ISO-8859-1 -t UTF-8 " + Paths.display(file) + " > converted && mv converted "
            + Paths.display(file) + " (use the encoding the file was saved in)");
    this.byteOffset = byteOffset;
  }

  /** The 0-based offset in the file of the first byte that is not UTF-8. */
  public int byteOffset() {
    return byteOffset;
  }
}
