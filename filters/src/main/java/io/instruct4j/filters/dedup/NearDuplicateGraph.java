package io.instruct4j.filters.dedup;

import java.util.Arrays;

/**
 * The streaming core of {@link MinHashDedup}: texts arrive in input order; each is linked to every
 * earlier text that shares an LSH bucket with it and whose exact shingle-set Jaccard similarity
 * reaches the threshold. Linked texts form clusters (connected components, by union-find).
 *
 * <p>Two shortcuts keep large groups of duplicates from costing quadratic time, neither changing
 * the clusters: a candidate already in the new text's cluster is not verified (the edge would add
 * nothing), and a text whose shingle set equals an earlier one's is not filed in the buckets (it
 * has the same signature, so the earlier text already answers for it).
 */
final class NearDuplicateGraph {

  private final double threshold;
  private final ShingleStore shingles = new ShingleStore();
  private final LshIndex lsh;
  private final UnionFind clusters = new UnionFind();
  private final IntList candidates = new IntList();
  private double[] bestSimilarity = new double[1024];
  private int[] bestPartner = new int[1024];

  NearDuplicateGraph(double threshold, LshBands bands) {
    this.threshold = threshold;
    this.lsh = new LshIndex(bands);
  }

  /** Adds the next text: its sorted distinct shingle hashes and, when it has any, its signature. */
  int add(long[] sortedShingles, int count, long[] signature) {
    int text = shingles.add(sortedShingles, count);
    clusters.add();
    grow(text);
    bestPartner[text] = -1;
    if (count == 0) {
      return text; // no tokens: nothing to compare, the text stays a singleton
    }
    lsh.keys(signature);
    lsh.candidates(candidates);
    boolean shadowed = false;
    for (int i = 0; i < candidates.size(); i++) {
      int other = candidates.get(i);
      boolean sameCluster = clusters.find(other) == clusters.find(text);
      if (sameCluster && (shadowed || shingles.size(other) != count)) {
        continue;
      }
      double similarity = shingles.jaccard(text, other);
      if (similarity >= threshold) {
        clusters.union(text, other);
        record(text, other, similarity);
        record(other, text, similarity);
        shadowed |= similarity == 1.0;
      }
    }
    if (!shadowed) {
      lsh.insert(text);
    }
    return text;
  }

  int cluster(int text) {
    return clusters.find(text);
  }

  double jaccard(int a, int b) {
    return shingles.jaccard(a, b);
  }

  /** The text this one was linked to with the highest similarity, or -1 when it is a singleton. */
  int bestPartner(int text) {
    return bestPartner[text];
  }

  double bestSimilarity(int text) {
    return bestSimilarity[text];
  }

  private void record(int text, int other, double similarity) {
    // Ties keep the earlier partner, so reasons do not depend on candidate order.
    if (bestPartner[text] < 0 || similarity > bestSimilarity[text]
        || (similarity == bestSimilarity[text] && other < bestPartner[text])) {
      bestPartner[text] = other;
      bestSimilarity[text] = similarity;
    }
  }

  private void grow(int text) {
    if (text == bestPartner.length) {
      bestPartner = Arrays.copyOf(bestPartner, text * 2);
      bestSimilarity = Arrays.copyOf(bestSimilarity, text * 2);
    }
  }
}
