package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrefixSearchTest {

  /** A pool of int-coded entries, indexed the way the scorer indexes them. */
  private static final class Pool {
    final TokenArena arena = new TokenArena();
    final InvertedIndex index = new InvertedIndex();
    final List<int[]> entries = new ArrayList<>();

    void add(int[] tokens) {
      index.add(entries.size(), tokens);
      arena.add(tokens);
      entries.add(tokens);
    }
  }

  @Test
  void should_visit_in_order_every_entry_that_reaches_tau_with_a_bound_above_its_lcs() {
    SplittableRandom random = new SplittableRandom(11);
    Pool pool = new Pool();
    // More than 256 + 512 + ... entries, so the search crosses blocks of every size.
    for (int i = 0; i < 9000; i++) {
      pool.add(i > 50 && random.nextInt(3) == 0
          ? edit(pool.entries.get(random.nextInt(i)), random)
          : sequence(random, 1 + random.nextInt(25)));
    }
    PrefixSearch unit = new PrefixSearch(pool.index, pool.arena);
    List<String> problems = new ArrayList<>();
    for (int round = 0; round < 120; round++) {
      final int q = round;
      int[] query = q % 2 == 0 ? edit(pool.entries.get(random.nextInt(9000)), random)
          : sequence(random, 1 + random.nextInt(30));
      if (q % 7 == 0) {
        query[0] = TokenVocabulary.UNKNOWN; // counts in the length, matches nothing
      }
      double tau = new double[] {0.2, 0.5, 0.6666666666666666, 0.7, 0.9}[q % 5];
      boolean strict = q % 3 != 0;
      QueryPlan plan = new QueryPlan(query, pool.index);
      List<Integer> visited = new ArrayList<>();
      unit.search(plan, tau, strict, (ordinal, overlapBound, required) -> {
        int lcs = RougeL.lcs(query, pool.entries.get(ordinal));
        if (overlapBound < lcs) {
          problems.add("query " + q + ": bound " + overlapBound + " < LCS " + lcs + " of entry " + ordinal);
        }
        visited.add(ordinal);
        return false;
      });
      for (int o = 0; o < pool.entries.size(); o++) {
        double score = RougeL.score(query, pool.entries.get(o));
        if ((strict ? score > tau : score >= tau) && !visited.contains(o)) {
          problems.add("query " + q + ": entry " + o + " scores " + score + " but was not visited");
        }
      }
      assertThat(visited).as("query %d", q).isSorted().doesNotHaveDuplicates();
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void should_stop_where_the_visitor_says_and_leave_nothing_behind_for_the_next_search() {
    Pool pool = new Pool();
    for (int i = 0; i < 3000; i++) {
      pool.add(new int[] {1, 2, 3, 4, 100 + i % 7});
    }
    PrefixSearch unit = new PrefixSearch(pool.index, pool.arena);
    int[] query = {1, 2, 3, 4, 5};

    int stopped = unit.search(new QueryPlan(query, pool.index), 0.7, true, (o, bound, required) -> o == 1500);
    List<Integer> visited = new ArrayList<>();
    int none = unit.search(new QueryPlan(query, pool.index), 0.7, true, (o, bound, required) -> {
      visited.add(o);
      assertThat(bound).isEqualTo(4); // 4 shared tokens: stale counts would show as more
      assertThat(required).isEqualTo(4); // 2*4/10 = 0.8 > 0.7 while 2*3/10 = 0.6 is not
      return false;
    });

    assertThat(stopped).isEqualTo(1500);
    assertThat(none).isEqualTo(-1);
    assertThat(visited).hasSize(3000);
  }

  @Test
  void should_visit_nothing_when_no_length_can_reach_tau() {
    Pool pool = new Pool();
    pool.add(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    PrefixSearch unit = new PrefixSearch(pool.index, pool.arena);
    // A 1-token query against a 10-token entry scores at most 2/11.
    int found = unit.search(new QueryPlan(new int[] {1}, pool.index), 0.2, false, (o, bound, required) -> true);

    assertThat(found).isEqualTo(-1);
  }

  private static int[] sequence(SplittableRandom random, int length) {
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      // Low ids far more often, like common words.
      out[i] = (int) Math.pow(400, random.nextDouble()) - 1;
    }
    return out;
  }

  private static int[] edit(int[] original, SplittableRandom random) {
    int[] out = original.clone();
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      out[random.nextInt(out.length)] = random.nextInt(400);
    }
    return out;
  }
}
