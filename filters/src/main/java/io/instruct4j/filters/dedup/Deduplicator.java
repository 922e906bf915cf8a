package io.instruct4j.filters.dedup;

import io.instruct4j.core.record.Example;

/**
 * A corpus-scale deduplication pass: every input example is either kept or rejected as a
 * duplicate of a kept one, so {@code kept + rejects = input}. Implementations are thread-safe:
 * each {@link #run} keeps its own state.
 */
public interface Deduplicator {

  /** Deduplicates {@code examples}, read once, in order; the result keeps that order. */
  DedupResult run(Iterable<Example> examples);

  /** The filter name used in rejects and summaries, e.g. {@code near_duplicate}. */
  String name();
}
