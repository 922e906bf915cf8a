package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * A query's distinct known tokens in the pool's {@link TokenOrder}, rarest first, with how many
 * query tokens remain from each one on: the order in which a prefix-filtered search reads them.
 *
 * <p>If the query's known tokens are written out in that order, an entry whose first shared
 * token is the k-th distinct one shares nothing with the tokens before it, so its LCS with
 * the query is at most {@link #remaining(int) remaining(k)} (counting repeated tokens as often
 * as the query has them).
 */
final class QueryPlan {

  private final int length;
  private final int known;
  private final int[] tokens;
  private final int[] remaining;

  QueryPlan(int[] query, TokenOrder order) {
    length = query.length;
    int[] ids = new int[query.length];
    int n = 0;
    for (int id : query) {
      if (id != TokenVocabulary.UNKNOWN) {
        ids[n++] = id;
      }
    }
    known = n;
    Arrays.sort(ids, 0, n);
    int[] runIds = new int[n];
    int[] runCounts = new int[n];
    int runs = 0;
    for (int i = 0; i < n; i++) {
      if (runs > 0 && runIds[runs - 1] == ids[i]) {
        runCounts[runs - 1]++;
      } else {
        runIds[runs] = ids[i];
        runCounts[runs++] = 1;
      }
    }
    // Sort key: the token's rank, then the run's index (ranks are distinct: no ties).
    long[] keys = new long[runs];
    for (int r = 0; r < runs; r++) {
      keys[r] = ((long) order.rank(runIds[r]) << 32) | r;
    }
    Arrays.sort(keys);
    tokens = new int[runs];
    remaining = new int[runs];
    int left = known;
    for (int k = 0; k < runs; k++) {
      int run = (int) keys[k];
      tokens[k] = runIds[run];
      remaining[k] = left;
      left -= runCounts[run];
    }
  }

  /** Query length in tokens, unknown ones included (they count in ROUGE-L's recall). */
  int length() {
    return length;
  }

  /** Query tokens that occur somewhere in the pool; no entry's LCS with the query exceeds it. */
  int known() {
    return known;
  }

  int distinct() {
    return tokens.length;
  }

  /** The k-th distinct known token, rarest first. */
  int token(int k) {
    return tokens[k];
  }

  /** Query tokens from the k-th distinct one on: a bound on the LCS of entries not sharing earlier ones. */
  int remaining(int k) {
    return remaining[k];
  }
}
