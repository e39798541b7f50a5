package dev.retort.autogen.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writing half of {@link SnapshotBytes}: a growing byte array. A string is written in full the
 * first time (marker 1, its UTF-8 length and bytes) and as {@code 2 + its number} after that; 0 is
 * null. Counts are unsigned LEB128.
 */
final class ByteWriter {
  private final Map<String, Integer> written = new HashMap<>();
  private byte[] buffer = new byte[1 << 16];
  private int size;

  void count(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative count " + value);
    }
    int rest = value;
    while (rest >= 0x80) {
      put((byte) (rest | 0x80));
      rest >>>= 7;
    }
    put((byte) rest);
  }

  void flag(boolean value) {
    put((byte) (value ? 1 : 0));
  }

  void fixedInt(int value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      put((byte) (value >>> shift));
    }
  }

  void fixedLong(long value) {
    fixedInt((int) (value >>> 32));
    fixedInt((int) value);
  }

  void string(String value) {
    if (value == null) {
      count(0);
      return;
    }
    Integer number = written.get(value);
    if (number != null) {
      count(2 + number);
      return;
    }
    written.put(value, written.size());
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    count(1);
    count(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buffer, size, utf8.length);
    size += utf8.length;
  }

  void strings(List<String> values) {
    count(values.size());
    for (String value : values) {
      string(value);
    }
  }

  byte[] bytes() {
    return Arrays.copyOf(buffer, size);
  }

  private void put(byte b) {
    ensure(1);
    buffer[size++] = b;
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }
}
