package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrefixSearchTest {

  private static final double[] TAUS = {0.2, 0.5, 0.6666666666666666, 0.7, 0.9};

  /** A pool of int-coded entries, indexed the way the scorer indexes them. */
  private static final class Pool {
    final TokenArena arena = new TokenArena();
    final PrefixIndex index = new PrefixIndex(arena);
    final List<int[]> entries = new ArrayList<>();

    void add(int[] tokens) {
      arena.add(tokens);
      index.add(entries.size());
      entries.add(tokens);
    }

    int firstAbove(int[] query, double tau) {
      for (int o = 0; o < entries.size(); o++) {
        if (RougeL.score(query, entries.get(o)) > tau) {
          return o;
        }
      }
      return -1;
    }
  }

  @Test
  void should_visit_every_entry_that_reaches_tau_with_a_bound_at_least_its_lcs() {
    SplittableRandom random = new SplittableRandom(11);
    Pool pool = new Pool();
    List<String> problems = new ArrayList<>();
    // Queries at many pool sizes: across refreezes (64, 256, 1024, 4096) and packs (every quarter).
    for (int i = 0; i < 9000; i++) {
      pool.add(nextEntry(pool, random));
      if (i % 75 == 0) {
        for (int q = 0; q < 3; q++) {
          checkVisits(pool, query(pool, random), TAUS[random.nextInt(TAUS.length)], random.nextBoolean(), problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void should_return_the_least_ordinal_that_matches_as_a_scan_in_order_would() {
    SplittableRandom random = new SplittableRandom(12);
    Pool pool = new Pool();
    for (int i = 0; i < 6000; i++) {
      pool.add(nextEntry(pool, random));
    }
    PrefixSearch unit = new PrefixSearch(pool.index);
    TokenSignatures signature = new TokenSignatures();
    int matched = 0;
    for (int q = 0; q < 300; q++) {
      int[] query = query(pool, random);
      double tau = TAUS[q % TAUS.length];
      signature.load(query);
      int m = query.length;
      int found = unit.search(new QueryPlan(query, pool.index.order()), tau, true, signature, pool.entries.size(),
          (ordinal, bound, required) -> RougeL.score(query, pool.entries.get(ordinal)) > tau);

      assertThat(found).as("query %d at %s", q, tau).isEqualTo(pool.firstAbove(query, tau));
      matched += found >= 0 ? 1 : 0;
    }
    assertThat(matched).as("queries with a match").isBetween(100, 250);
  }

  @Test
  void should_visit_nothing_when_no_length_can_reach_tau() {
    Pool pool = new Pool();
    pool.add(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    PrefixSearch unit = new PrefixSearch(pool.index);
    TokenSignatures signature = new TokenSignatures();
    int[] query = {1};
    signature.load(query);
    // A 1-token query against a 10-token entry scores at most 2/11.
    int found = unit.search(new QueryPlan(query, pool.index.order()), 0.2, false, signature, 1, (o, bound, required) -> true);

    assertThat(found).isEqualTo(-1);
  }

  private static void checkVisits(Pool pool, int[] query, double tau, boolean strict, List<String> problems) {
    PrefixSearch unit = new PrefixSearch(pool.index);
    TokenSignatures signature = new TokenSignatures();
    signature.load(query);
    Set<Integer> visited = new HashSet<>();
    String where = "pool " + pool.entries.size() + " tau " + tau + (strict ? " strict" : "");
    unit.search(new QueryPlan(query, pool.index.order()), tau, strict, signature, pool.entries.size(),
        (ordinal, bound, required) -> {
          int lcs = RougeL.lcs(query, pool.entries.get(ordinal));
          if (bound < lcs) {
            problems.add(where + ": bound " + bound + " < LCS " + lcs + " of entry " + ordinal);
          }
          visited.add(ordinal);
          return false;
        });
    for (int o = 0; o < pool.entries.size(); o++) {
      double score = RougeL.score(query, pool.entries.get(o));
      if ((strict ? score > tau : score >= tau) && !visited.contains(o)) {
        problems.add(where + ": entry " + o + " scores " + score + " but was not visited");
      }
    }
  }

  private static int[] nextEntry(Pool pool, SplittableRandom random) {
    int size = pool.entries.size();
    return size > 50 && random.nextInt(3) == 0
        ? edit(pool.entries.get(random.nextInt(size)), random)
        : sequence(random, 1 + random.nextInt(25));
  }

  private static int[] query(Pool pool, SplittableRandom random) {
    return random.nextBoolean()
        ? edit(pool.entries.get(random.nextInt(pool.entries.size())), random)
        : sequence(random, 1 + random.nextInt(30));
  }

  private static int[] sequence(SplittableRandom random, int length) {
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      // Low ids far more often, like common words; repeats happen.
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
