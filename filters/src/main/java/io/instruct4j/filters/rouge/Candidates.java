package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * The pool entries that may resemble one query, each with its exact shared-token count.
 * Searchable entries come from Lucene's postings; entries added since the last reader reopen
 * (the tail, at most {@code tailLimit}) are checked directly. Reused across queries.
 */
final class Candidates {

  private final PoolEntries pool;
  private final LucenePostings postings;
  private final int tailLimit;
  private int[] shared = new int[64];
  private int[] found = new int[64];
  private int count;
  private int[] lastQuery;
  private int lastPoolSize;

  Candidates(PoolEntries pool, LucenePostings postings, int tailLimit) {
    this.pool = pool;
    this.postings = postings;
    this.tailLimit = tailLimit;
  }

  /** Makes room for the pool's current size; call after each add. */
  void fitPool() {
    if (shared.length < pool.size()) {
      shared = Arrays.copyOf(shared, shared.length * 2);
      found = Arrays.copyOf(found, found.length * 2);
    }
  }

  /**
   * Finds every entry sharing at least one token with the query: all that score above 0.
   * Repeating the last query on an unchanged pool reuses its result (the filter asks
   * {@code firstAbove} and then {@code best} for every accepted candidate).
   */
  void findSharing(int[] query) {
    if (lastPoolSize == pool.size() && Arrays.equals(lastQuery, query)) {
      return;
    }
    reset();
    lastQuery = null; // stays invalid if the search below fails
    QueryTerms terms = new QueryTerms(query);
    if (terms.ids().length > 0) {
      refreshIfStale();
      postings.visit(terms.ids(), terms.counts(), this::add);
      addTail(terms);
    }
    lastQuery = query.clone();
    lastPoolSize = pool.size();
  }

  int count() {
    return count;
  }

  int ordinal(int index) {
    return found[index];
  }

  int shared(int ordinal) {
    return shared[ordinal];
  }

  /** The found ordinals in insertion order (a fresh array). */
  int[] ordinalsInOrder() {
    int[] ordinals = Arrays.copyOf(found, count);
    Arrays.sort(ordinals);
    return ordinals;
  }

  private void add(int ordinal, int amount) {
    if (shared[ordinal] == 0) {
      found[count++] = ordinal;
    }
    shared[ordinal] += amount;
  }

  private void addTail(QueryTerms query) {
    for (int ordinal = postings.searchable(); ordinal < pool.size(); ordinal++) {
      int overlap = query.sharedWith(pool.tokens(ordinal));
      if (overlap > 0) {
        add(ordinal, overlap);
      }
    }
  }

  private void refreshIfStale() {
    if (pool.size() - postings.searchable() > tailLimit) {
      postings.refresh();
    }
  }

  /** Clears the previous query's marks (lazily, so a failed query cannot leave them behind). */
  private void reset() {
    for (int i = 0; i < count; i++) {
      shared[found[i]] = 0;
    }
    count = 0;
  }
}
