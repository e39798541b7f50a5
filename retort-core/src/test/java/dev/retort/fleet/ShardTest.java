package dev.retort.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

class ShardTest {
  @Property
  void slices_areDisjointAndCoverTheFleet(
      @ForAll @Size(max = 200) @UniqueElements List<String> names, @ForAll @IntRange(min = 1, max = 16) int n) {
    List<FleetTarget> targets = names.stream().map(ShardTest::target).toList();
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (int k = 1; k <= n; k++) {
      List<FleetTarget> slice = new FleetSelection(Optional.of(new Shard(k, n)), List.of(), List.of())
          .apply(targets, null);
      for (FleetTarget t : slice) {
        assertThat(seen.add(t.name())).as("%s in two slices", t.name()).isTrue();
      }
      total += slice.size();
    }
    assertThat(total).isEqualTo(names.size());
    assertThat(seen).containsExactlyInAnyOrderElementsOf(names);
  }

  @Property
  void aTargetKeepsItsSlice_whenOthersAreAdded(@ForAll String name, @ForAll @Size(max = 50) List<String> others,
      @ForAll @IntRange(min = 1, max = 16) int n) {
    int sliceAlone = sliceOf(name, n);
    List<String> all = new ArrayList<>(others);
    all.add(name);
    // the slice depends on the name alone, never on the other targets or the order
    assertThat(sliceOf(name, n)).isEqualTo(sliceAlone);
    assertThat(all.stream().filter(name::equals).allMatch(x -> sliceOf(x, n) == sliceAlone)).isTrue();
  }

  @Test
  void slices_spreadSimilarNames() {
    int[] counts = new int[4];
    for (int i = 1; i <= 400; i++) {
      counts[sliceOf("tenant_" + i, 4) - 1]++;
    }
    // every slice gets a share of tenant_1 ... tenant_400 (not all in one)
    for (int count : counts) {
      assertThat(count).isBetween(50, 150);
    }
  }

  @Test
  void parse_refusesWhatIsNotKOfN() {
    assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
    for (String bad : List.of("0/4", "5/4", "4", "a/b", "1/0", "1/2/3")) {
      assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOfSatisfying(RetortException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.F006));
    }
  }

  private static int sliceOf(String name, int n) {
    for (int k = 1; k <= n; k++) {
      if (new Shard(k, n).contains(name)) {
        return k;
      }
    }
    throw new AssertionError(name + " is in no slice of " + n);
  }

  static FleetTarget target(String name, String... tags) {
    return new FleetTarget(name, "sqlite:" + name + ".db", "sqlite:" + name + ".db", Optional.empty(), List.of(tags),
        "test");
  }
}
