package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedPostingsTest {

  @Test
  void should_merge_newer_postings_in_length_then_position_then_ordinal_order_with_their_signatures() {
    RankedPostings older = new RankedPostings();
    older.add(5, 1, 3, 30, 31);
    older.add(3, 0, 1, 10, 11);
    older.add(5, 0, 2, 20, 21);
    older.add(5, 1, 4, 40, 41);
    PackedPostings packed = PackedPostings.merge(PackedPostings.EMPTY, older);
    RankedPostings newer = new RankedPostings();
    newer.add(5, 1, 7, 70, 71);
    newer.add(4, 2, 6, 60, 61);
    newer.add(3, 0, 5, 50, 51);

    PackedPostings unit = PackedPostings.merge(packed, newer);

    assertThat(flatten(packed)).containsExactly("3@0:1/10/11", "5@0:2/20/21", "5@1:3/30/31", "5@1:4/40/41");
    for (PackedPostings postings : List.of(packed, unit)) {
      for (int p = 0; p < postings.positionCount(); p++) {
        assertThat(postings.firstOrdinal(p)).as("position index %d", p)
            .isEqualTo((int) postings.postings()[PackedPostings.STRIDE * postings.postingsStart(p)]);
      }
    }
    assertThat(unit.positionCount()).isEqualTo(4); // 3@0, 4@2, 5@0, 5@1
    assertThat(new int[] {unit.firstPosition(0), unit.firstPosition(1), unit.firstPosition(2)}).containsExactly(0, 2, 0);
    assertThat(flatten(unit)).containsExactly("3@0:1/10/11", "3@0:5/50/51", "4@2:6/60/61", "5@0:2/20/21",
        "5@1:3/30/31", "5@1:4/40/41", "5@1:7/70/71");
  }

  @Test
  void should_keep_an_empty_merge_empty() {
    PackedPostings unit = PackedPostings.merge(PackedPostings.EMPTY, new RankedPostings());

    assertThat(unit.lengthCount()).isZero();
    assertThat(unit.positionCount()).isZero();
    assertThat(unit.postings()).isEmpty();
  }

  /** "length@position:ordinal/low/high" for every posting, in stored order. */
  private static List<String> flatten(PackedPostings postings) {
    List<String> out = new ArrayList<>();
    for (int g = 0; g < postings.lengthCount(); g++) {
      for (int p = postings.positionsStart(g); p < postings.positionsEnd(g); p++) {
        for (int i = postings.postingsStart(p); i < postings.postingsStart(p + 1); i++) {
          long[] all = postings.postings();
          int at = PackedPostings.STRIDE * i;
          out.add(postings.length(g) + "@" + postings.position(p) + ":" + all[at] + "/" + all[at + 1] + "/"
              + all[at + 2]);
        }
      }
    }
    return out;
  }
}
