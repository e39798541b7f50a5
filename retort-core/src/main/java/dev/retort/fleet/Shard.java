package dev.retort.fleet;

import dev.retort.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Kth of N slices of a fleet ({@code --shard K/N}, K from 1): a target belongs to the slice
 * its name hashes to, so a target keeps its slice when others are added or removed, and the N
 * slices are disjoint and cover the fleet.
 *
 * @param index K, from 1 to N
 * @param count N
 */
public record Shard(int index, int count) {
  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + "/" + count);
    }
  }

  /**
   * Parses {@code K/N}.
   *
   * @throws FleetException RT-F006 when it is not two numbers with 1 &le; K &le; N
   */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/", -1);
    try {
      if (parts.length == 2) {
        int k = Integer.parseInt(parts[0].strip());
        int n = Integer.parseInt(parts[1].strip());
        if (n >= 1 && k >= 1 && k <= n) {
          return new Shard(k, n);
        }
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new FleetException(ErrorCode.F006, null, "--shard " + text + " is not K/N with 1 <= K <= N", List.of(),
        "e.g. --shard 1/4 ... --shard 4/4 on four runners (a CI matrix, a Kubernetes indexed Job: --shard $((JOB_COMPLETION_INDEX+1))/4)");
  }

  /** Whether the target named {@code name} is in this slice. */
  public boolean contains(String name) {
    return Long.remainderUnsigned(hash(name), count) == index - 1;
  }

  /**
   * FNV-1a (64 bits) of the name's UTF-8 bytes, then SplitMix64's finaliser so that names that differ
   * in one character spread over every slice: stable across runs, machines and Java versions.
   */
  static long hash(String name) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
    hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
    return hash ^ (hash >>> 31);
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
