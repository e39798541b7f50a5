package dev.retort.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Suggests the ids closest to a mistyped one (edit distance, then shared prefix). */
public final class NearMatches {
  private static final int LIMIT = 3;

  private NearMatches() {}

  /** Up to three candidates that resemble {@code wanted}, best first. */
  public static List<String> among(String wanted, Iterable<String> candidates) {
    record Scored(String text, int score) {}
    List<Scored> scored = new ArrayList<>();
    int threshold = Math.max(2, wanted.length() / 3);
    for (String candidate : candidates) {
      if (candidate.startsWith(wanted) || wanted.startsWith(candidate) && candidate.length() >= 4) {
        scored.add(new Scored(candidate, 0));
        continue;
      }
      if (Math.abs(candidate.length() - wanted.length()) > threshold) {
        continue;
      }
      int distance = distance(wanted, candidate, threshold);
      if (distance <= threshold) {
        scored.add(new Scored(candidate, distance));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::text))
        .limit(LIMIT)
        .map(Scored::text)
        .toList();
  }

  /** Levenshtein distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
  public static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
