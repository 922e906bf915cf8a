package io.instruct4j.filters.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketRingsTest {

  @Test
  void should_keep_the_newest_members_up_to_the_limit_newest_first() {
    for (int limit : new int[] {1, 3, 4, 5, 100}) {
      BucketRings unit = new BucketRings(limit);
      int ring = unit.create();
      unit.create(); // a second ring must not disturb the first
      for (int text = 0; text < 12; text++) {
        unit.append(ring, text, 1000L + text, 20 + text);
        List<Integer> expected = new ArrayList<>();
        for (int t = text; t >= Math.max(0, text - limit + 1); t--) {
          expected.add(t);
        }
        assertThat(newestFirst(unit, ring)).as("limit %d after %d", limit, text).isEqualTo(expected);
      }
    }
  }

  @Test
  void should_keep_each_members_fingerprint_and_size_with_it() {
    BucketRings unit = new BucketRings(2);
    int ring = unit.create();
    unit.append(ring, 7, -1L, Integer.MAX_VALUE);
    unit.append(ring, 9, 42L, 3);

    long[] members = unit.members(ring);
    int newest = unit.newest(ring);
    int older = newest == 0 ? 1 : 0;
    assertThat(members[2 * newest]).isEqualTo(42L);
    assertThat(members[2 * newest + 1]).isEqualTo((3L << 32) | 9);
    assertThat(members[2 * older]).isEqualTo(-1L);
    assertThat((int) (members[2 * older + 1] >>> 32)).isEqualTo(Integer.MAX_VALUE);
  }

  private static List<Integer> newestFirst(BucketRings rings, int ring) {
    long[] members = rings.members(ring);
    int capacity = members.length / 2;
    List<Integer> out = new ArrayList<>();
    for (int step = 0, slot = rings.newest(ring); step < rings.held(ring); step++) {
      out.add((int) members[2 * slot + 1]);
      slot = slot == 0 ? capacity - 1 : slot - 1;
    }
    return out;
  }
}
