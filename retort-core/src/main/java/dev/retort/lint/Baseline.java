package dev.retort.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a project has accepted ({@code retort lint --baseline}): later runs report only
 * findings beyond them. Entries are a multiset: a key recorded twice suppresses two findings.
 *
 * @param entries the recorded findings, sorted by revision, code and fingerprint
 */
public record Baseline(List<BaselineEntry> entries) {
  private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::revision)
      .thenComparing(BaselineEntry::code).thenComparing(BaselineEntry::fingerprint)
      .thenComparing(BaselineEntry::message);

  public Baseline {
    entries = entries.stream().sorted(ORDER).toList();
  }

  /** A baseline of {@code findings}. */
  public static Baseline of(List<Finding> findings, FindingKeys keys) {
    return new Baseline(findings.stream().map(keys::entryOf).toList());
  }

  /**
   * What is left of {@code findings} after this baseline.
   *
   * @param findings the findings of this run
   * @param keys how findings are keyed
   * @param complete whether the run linted every file (without {@code --since}); only then are
   *     entries that match nothing reported as stale
   */
  public Filtered filter(List<Finding> findings, FindingKeys keys, boolean complete) {
    Map<String, Integer> left = new HashMap<>();
    entries.forEach(e -> left.merge(e.key(), 1, Integer::sum));
    List<Finding> kept = new ArrayList<>();
    int suppressed = 0;
    for (Finding finding : findings) {
      String key = keys.entryOf(finding).key();
      Integer count = left.get(key);
      if (count != null && count > 0) {
        left.put(key, count - 1);
        suppressed++;
      } else {
        kept.add(finding);
      }
    }
    List<BaselineEntry> stale = new ArrayList<>();
    if (complete) {
      for (BaselineEntry entry : entries) {
        int count = left.getOrDefault(entry.key(), 0);
        if (count > 0) {
          stale.add(entry);
          left.put(entry.key(), count - 1);
        }
      }
    }
    return new Filtered(kept, suppressed, stale);
  }

  /**
   * The result of {@link #filter}.
   *
   * @param findings the findings the baseline does not cover, in the order given
   * @param suppressed how many findings the baseline covered
   * @param stale entries that matched no finding (fixed since, or the statement was edited)
   */
  public record Filtered(List<Finding> findings, int suppressed, List<BaselineEntry> stale) {
    public Filtered {
      findings = List.copyOf(findings);
      stale = List.copyOf(stale);
    }
  }
}
