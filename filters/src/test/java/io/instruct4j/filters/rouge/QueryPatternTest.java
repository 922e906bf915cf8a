package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QueryPatternTest {

  private static final int ALPHABET = 8;

  @Test
  void should_agree_with_the_textbook_lcs_on_random_sequences_across_word_boundaries() {
    SplittableRandom random = new SplittableRandom(7);
    QueryPattern unit = new QueryPattern();
    List<String> mismatches = new ArrayList<>();
    for (int trial = 0; trial < 3000; trial++) {
      // Lengths across the 64- and 128-token word boundaries; small alphabets force carries.
      int alphabet = 1 + random.nextInt(ALPHABET);
      int[] query = sequence(random, random.nextInt(0, 200), alphabet, true);
      // The entry sits inside a larger array, as in the arena, between unrelated tokens.
      int[] entry = sequence(random, random.nextInt(0, 200), alphabet, false);
      int[] data = new int[entry.length + 10];
      Arrays.fill(data, 0);
      System.arraycopy(entry, 0, data, 5, entry.length);

      unit.load(query, ALPHABET);
      int actual = unit.lcs(data, 5, 5 + entry.length);
      unit.unload();

      if (actual != RougeL.lcs(query, entry)) {
        mismatches.add(trial + ": " + query.length + "x" + entry.length);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void should_score_consecutive_arena_entries_two_at_a_time_like_one_at_a_time() {
    SplittableRandom random = new SplittableRandom(3);
    TokenArena arena = new TokenArena();
    List<int[]> entries = new ArrayList<>();
    for (int i = 0; i < 301; i++) { // odd, so one entry is left over
      int[] entry = sequence(random, random.nextInt(0, 90), ALPHABET, false);
      arena.add(entry);
      entries.add(entry);
    }
    QueryPattern unit = new QueryPattern();
    for (int length : new int[] {0, 5, 64, 65, 150}) {
      int[] query = sequence(random, length, ALPHABET, true);
      unit.load(query, ALPHABET);
      int[] out = new int[300];
      unit.lcsOfEntries(arena, 1, 301, out);
      for (int i = 0; i < 300; i++) {
        assertThat(out[i]).as("query length %d, entry %d", length, i + 1)
            .isEqualTo(RougeL.lcs(query, entries.get(i + 1)));
      }
    }
  }

  @Test
  void should_forget_the_previous_query_when_loading_the_next() {
    QueryPattern unit = new QueryPattern();
    int[] entry = {1, 2, 3, 4};
    int[] longQuery = new int[100];
    Arrays.fill(longQuery, 3);

    unit.load(longQuery, 5);
    assertThat(unit.lcs(entry, 0, entry.length)).isEqualTo(1);
    unit.load(new int[] {4, 1, TokenVocabulary.UNKNOWN}, 5);
    assertThat(unit.length()).isEqualTo(2);
    assertThat(unit.lcs(entry, 0, entry.length)).isEqualTo(1);
    unit.load(new int[] {1, 2, 4}, 5);
    assertThat(unit.lcs(entry, 0, entry.length)).isEqualTo(3);
    unit.load(new int[] {}, 5);
    assertThat(unit.lcs(entry, 0, entry.length)).isZero();
  }

  /** Pool entries hold vocabulary ids; queries may also hold the unknown id, which matches nothing. */
  private static int[] sequence(SplittableRandom random, int length, int alphabet, boolean query) {
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      out[i] = query ? random.nextInt(alphabet + 1) - 1 : random.nextInt(alphabet);
    }
    return out;
  }
}
