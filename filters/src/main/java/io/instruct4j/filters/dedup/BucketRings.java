package io.instruct4j.filters.dedup;

import java.util.Arrays;

/**
 * The newest members of crowded LSH buckets, one ring per bucket holding at most the scan
 * limit, each member with its shingle-set fingerprint and size ({@link ShingleStore}): a bucket
 * is then read front to back from one array, and most members are ruled out without touching
 * anything else. Members are pairs of longs (fingerprint, size << 32 | text).
 */
final class BucketRings {

  private final int limit;
  private long[][] members = new long[64][];
  /** Members ever appended per ring; beyond the capacity the oldest are overwritten. */
  private int[] counts = new int[64];
  private int rings;

  BucketRings(int limit) {
    this.limit = limit;
  }

  /** A new empty ring; returns its number. */
  int create() {
    if (rings == members.length) {
      members = Arrays.copyOf(members, rings * 2);
      counts = Arrays.copyOf(counts, rings * 2);
    }
    members[rings] = new long[2 * Math.min(limit, 4)];
    return rings++;
  }

  /** Appends the newest member, dropping the oldest once the ring holds {@code limit}. */
  void append(int number, int text, long fingerprint, int size) {
    long[] ring = members[number];
    int capacity = ring.length / 2;
    int count = counts[number];
    if (count == capacity && capacity < limit) {
      ring = Arrays.copyOf(ring, 2 * Math.min(limit, capacity * 2));
      members[number] = ring;
      capacity = ring.length / 2;
    }
    int at = count % capacity;
    ring[2 * at] = fingerprint;
    ring[2 * at + 1] = (long) size << 32 | text;
    counts[number] = count + 1;
  }

  /** The ring's members array; see {@link #newest} and {@link #held}. */
  long[] members(int ring) {
    return members[ring];
  }

  /** How many members the ring holds now. */
  int held(int ring) {
    return Math.min(counts[ring], members[ring].length / 2);
  }

  /** The slot of the newest member; older ones follow at lower slots, wrapping around. */
  int newest(int ring) {
    return (counts[ring] - 1) % (members[ring].length / 2);
  }
}
