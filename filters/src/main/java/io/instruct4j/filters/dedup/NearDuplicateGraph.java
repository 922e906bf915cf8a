package io.instruct4j.filters.dedup;

import java.util.Arrays;

/**
 * The streaming core of {@link MinHashDedup}: texts arrive in input order; each is linked to every
 * earlier text that shares an LSH bucket with it and whose exact shingle-set Jaccard similarity
 * reaches the threshold. Linked texts form clusters (connected components, by union-find).
 *
 * <p>Two shortcuts keep large groups of duplicates from costing quadratic time, neither changing
 * the clusters: a candidate already in the new text's cluster is not verified (the edge would add
 * nothing), and a text whose shingle set equals an earlier one's (found by a hash of the whole
 * set, so however full the buckets are) is linked to it and neither searched nor filed in the
 * buckets: the earlier text has the same links and answers for it. One bound does: per band
 * only the newest {@code bucketScanLimit} texts of a bucket are compared, so that templated
 * corpora ("Write a poem about X" a hundred thousand times), whose texts all share buckets
 * without being duplicates, cost linear rather than quadratic time. A bucket that large holds
 * texts that agree on a whole band; a duplicate of an old member usually also links to a newer
 * one, or meets it in another band.
 */
final class NearDuplicateGraph {

  private final double threshold;
  private final ShingleStore shingles = new ShingleStore();
  private final LshIndex lsh;
  private final UnionFind clusters = new UnionFind();
  private final IntList candidates = new IntList();
  private final LongIntMap sameSets = new LongIntMap();
  private double[] bestSimilarity = new double[1024];
  private int[] bestPartner = new int[1024];

  NearDuplicateGraph(double threshold, LshBands bands, int bucketScanLimit) {
    this.threshold = threshold;
    this.lsh = new LshIndex(bands, bucketScanLimit, shingles);
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
    long setKey = setHash(sortedShingles, count);
    int twin = sameSets.get(setKey);
    if (twin != LongIntMap.MISSING && shingles.jaccard(text, twin) == 1.0) {
      link(text, twin, 1.0);
      return text;
    }
    if (twin == LongIntMap.MISSING) {
      sameSets.put(setKey, text);
    }
    lsh.keys(signature);
    lsh.insertAndCollect(text, candidates, threshold);
    for (int i = 0; i < candidates.size(); i++) {
      int other = candidates.get(i);
      if (clusters.find(other) != clusters.find(text)) {
        double similarity = shingles.jaccardIfAtLeast(text, other, threshold);
        if (similarity >= threshold) {
          link(text, other, similarity);
        }
      }
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

  private void link(int text, int other, double similarity) {
    clusters.union(text, other);
    record(text, other, similarity);
    record(other, text, similarity);
  }

  private static long setHash(long[] sorted, int count) {
    long h = count;
    for (int i = 0; i < count; i++) {
      h = ShingleTap.mix(h ^ sorted[i]) + i;
    }
    return h;
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
