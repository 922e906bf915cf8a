package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenSignaturesTest {

  @Test
  void should_bound_the_shared_tokens_counted_with_multiplicity_from_above() {
    SplittableRandom random = new SplittableRandom(5);
    TokenSignatures unit = new TokenSignatures();
    int exact = 0;
    for (int round = 0; round < 5000; round++) {
      int[] query = tokens(random, 1 + random.nextInt(40));
      int[] entry = tokens(random, 1 + random.nextInt(40));
      if (round % 9 == 0) {
        query[0] = TokenVocabulary.UNKNOWN; // matches nothing, counts nothing
      }
      unit.load(query);
      int bound = unit.overlapBound(signature(entry)[0], signature(entry)[1]);
      int overlap = overlap(query, entry);

      assertThat(bound).as("round %d", round).isGreaterThanOrEqualTo(overlap);
      exact += bound == overlap ? 1 : 0;
    }
    assertThat(exact).as("rounds where collisions added nothing").isGreaterThan(1500);
  }

  @Test
  void should_count_a_repeated_query_token_as_often_as_it_repeats() {
    TokenSignatures unit = new TokenSignatures();
    unit.load(new int[] {7, 7, 7, 9});
    int[] entry = {7};

    assertThat(unit.overlapBound(signature(entry)[0], signature(entry)[1])).isEqualTo(3);
    assertThat(unit.overlapBound(0, 0)).isZero();
  }

  private static long[] signature(int[] entry) {
    long[] out = new long[3];
    TokenSignatures.sign(entry, 0, entry.length, out, 1); // at an offset, as the index stores them
    return new long[] {out[1], out[2]};
  }

  private static int overlap(int[] query, int[] entry) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int token : entry) {
      counts.merge(token, 1, Integer::sum);
    }
    int shared = 0;
    for (int token : query) {
      if (counts.getOrDefault(token, 0) > 0) {
        counts.merge(token, -1, Integer::sum);
        shared++;
      }
    }
    return shared;
  }

  private static int[] tokens(SplittableRandom random, int length) {
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      out[i] = random.nextInt(300);
    }
    return out;
  }
}
