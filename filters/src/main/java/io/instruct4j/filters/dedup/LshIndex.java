package io.instruct4j.filters.dedup;

import java.util.Arrays;

/**
 * The LSH buckets: per band, a map from band key to the only text of the bucket, or to a ring of
 * its newest texts ({@link BucketRings}) once it has two, so reading a crowded bucket is one
 * sequential pass rather than a chase through per-text links.
 *
 * <p>Band {@code j} takes the adjacent slots {@code j*r .. j*r + r - 1}. With densified
 * one-permutation MinHash ({@link ShingleSketcher}), a short text has fewer shingles than slots,
 * so adjacent slots mostly hold the same borrowed value and a band agrees whenever the one or two
 * shingles that own its stretch of the hash range are shared. Measured on random word texts with
 * 3-word shingles, 14 bands of 9 rows: at 12 and 30 words every pair with Jaccard >= 0.65 became
 * a candidate, and pairs near 0.3 did in 76% and 54% of cases; at 200 words (more shingles than
 * slots) the rate follows the S-curve (0.99 at 0.8, 0.09 at 0.5). Bands of interleaved slots
 * were tried and rejected: at 30 words they found only half the pairs at Jaccard 0.8. Spurious
 * candidates cost one exact set comparison each, bounded by the scan limit.
 */
final class LshIndex {

  private final LshBands shape;
  private final int scanLimit;
  private final ShingleStore shingles;
  /** Per band: band key to a text id (a bucket of one) or to {@code -(ring + 2)}. */
  private final LongIntMap[] heads;
  private final BucketRings rings;
  private final long[] keys;
  private int[] stamps = new int[1024];
  private int stamp;

  LshIndex(LshBands shape, int scanLimit, ShingleStore shingles) {
    this.shape = shape;
    this.scanLimit = scanLimit;
    this.shingles = shingles;
    this.heads = new LongIntMap[shape.bands()];
    for (int band = 0; band < heads.length; band++) {
      heads[band] = new LongIntMap();
    }
    this.rings = new BucketRings(scanLimit);
    this.keys = new long[shape.bands()];
  }

  /** Computes the band keys of {@code signature}, for the following {@link #insertAndCollect}. */
  void keys(long[] signature) {
    int b = shape.bands();
    for (int band = 0; band < b; band++) {
      int first = band * shape.rows();
      long h = 0x9E3779B97F4A7C15L;
      for (int row = 0; row < shape.rows(); row++) {
        h = ShingleTap.mix(h ^ signature[first + row]) + row;
      }
      keys[band] = h;
    }
  }

  /**
   * Files {@code text} (already in the shingle store) under the current keys and collects into
   * {@code out} each earlier text sharing a bucket with it, once: per band among the newest
   * {@code scanLimit} of them, newest first. Texts whose fingerprint and size show they cannot
   * reach {@code threshold} are left out: they would never be linked, and most members of a
   * crowded bucket are such texts. One map operation per band, since bucket lookups are the
   * main cost of LSH.
   */
  void insertAndCollect(int text, IntList out, double threshold) {
    if (text >= stamps.length) {
      stamps = Arrays.copyOf(stamps, Math.max(text + 1, stamps.length * 2));
    }
    out.clear();
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      stamp = 1;
    }
    long fingerprint = shingles.fingerprint(text);
    int size = shingles.size(text);
    for (int band = 0; band < shape.bands(); band++) {
      int bucket = heads[band].getOrPut(keys[band], text);
      if (bucket == LongIntMap.MISSING) {
        continue; // a new bucket, text its only member
      }
      int ring;
      if (bucket >= 0) {
        long otherFingerprint = shingles.fingerprint(bucket);
        int otherSize = shingles.size(bucket);
        collect(bucket, otherFingerprint, otherSize, fingerprint, size, threshold, out);
        ring = rings.create();
        rings.append(ring, bucket, otherFingerprint, otherSize);
        heads[band].put(keys[band], -(ring + 2));
      } else {
        ring = -bucket - 2;
        collectRing(ring, fingerprint, size, threshold, out);
      }
      rings.append(ring, text, fingerprint, size);
    }
  }

  /** Reads the ring newest first: from the newest slot down to 0, then from the top down. */
  private void collectRing(int ring, long fingerprint, int size, double threshold, IntList out) {
    long[] members = rings.members(ring);
    int held = Math.min(rings.held(ring), scanLimit);
    int newest = rings.newest(ring);
    int capacity = members.length / 2;
    for (int step = 0, slot = newest; step < held; step++, slot = slot == 0 ? capacity - 1 : slot - 1) {
      long packed = members[2 * slot + 1];
      collect((int) packed, members[2 * slot], (int) (packed >>> 32), fingerprint, size, threshold, out);
    }
  }

  private void collect(int other, long otherFingerprint, int otherSize, long fingerprint, int size,
      double threshold, IntList out) {
    if (ShingleStore.mayReach(fingerprint, size, otherFingerprint, otherSize, threshold)
        && stamps[other] != stamp) {
      stamps[other] = stamp;
      out.add(other);
    }
  }
}
