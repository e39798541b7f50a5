package dev.retort.autogen.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading half of {@link SnapshotBytes}, over bytes that may be damaged: every read is checked
 * against the end ({@link IllegalArgumentException} past it), and list sizes read from the bytes
 * are capped by what the rest of them can hold before anything is allocated.
 */
final class ByteReader {
  private final byte[] bytes;
  private final List<String> strings = new ArrayList<>();
  private int position;

  ByteReader(byte[] bytes) {
    this.bytes = bytes;
  }

  int count() {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      byte b = next();
      value |= (b & 0x7f) << shift;
      if (b >= 0) {
        if (value < 0) {
          throw new IllegalArgumentException("count out of range at byte " + position);
        }
        return value;
      }
    }
    throw new IllegalArgumentException("count too long at byte " + position);
  }

  /** A list capacity for {@code count} items: at most one per byte left. */
  int capacity(int count) {
    return Math.min(count, bytes.length - position);
  }

  boolean flag() {
    byte b = next();
    if (b != 0 && b != 1) {
      throw new IllegalArgumentException("not a flag at byte " + (position - 1));
    }
    return b == 1;
  }

  int fixedInt() {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = (value << 8) | (next() & 0xff);
    }
    return value;
  }

  long fixedLong() {
    long high = fixedInt();
    return (high << 32) | (fixedInt() & 0xffffffffL);
  }

  String string() {
    int marker = count();
    if (marker == 0) {
      return null;
    }
    if (marker >= 2) {
      int number = marker - 2;
      if (number >= strings.size()) {
        throw new IllegalArgumentException("unknown string " + number + " at byte " + position);
      }
      return strings.get(number);
    }
    int length = count();
    if (length > bytes.length - position) {
      throw new IllegalArgumentException("string longer than the bytes left at byte " + position);
    }
    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    strings.add(value);
    return value;
  }

  List<String> strings() {
    int count = count();
    List<String> values = new ArrayList<>(capacity(count));
    for (int i = 0; i < count; i++) {
      values.add(string());
    }
    return values;
  }

  <E extends Enum<E>> E constant(E[] values) {
    int ordinal = count();
    if (ordinal >= values.length) {
      throw new IllegalArgumentException("no constant " + ordinal + " at byte " + position);
    }
    return values[ordinal];
  }

  void requireEnd() {
    if (position != bytes.length) {
      throw new IllegalArgumentException((bytes.length - position) + " bytes left over");
    }
  }

  private byte next() {
    if (position >= bytes.length) {
      throw new IllegalArgumentException("the bytes end early");
    }
    return bytes[position++];
  }
}
