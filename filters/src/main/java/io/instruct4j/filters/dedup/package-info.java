/**
 * Corpus-scale deduplication for curation, each a {@link io.instruct4j.filters.dedup.Deduplicator}
 * returning kept examples, {@code curate} rejects with {@code duplicate_of}, and cluster reports:
 * {@link io.instruct4j.filters.dedup.ExactDedup} (SHA-256 of {@link io.instruct4j.filters.dedup.TextNormalizer}
 * output), {@link io.instruct4j.filters.dedup.MinHashDedup} (Lucene shingles and MinHash, LSH
 * banding, exact Jaccard verification, union-find clusters) and
 * {@link io.instruct4j.filters.dedup.SemanticDedup} (sentence embeddings in a Lucene HNSW index).
 */
package io.instruct4j.filters.dedup;
