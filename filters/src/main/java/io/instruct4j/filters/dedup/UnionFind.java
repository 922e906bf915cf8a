package io.instruct4j.filters.dedup;

import java.util.Arrays;

/** Disjoint sets over 0..n-1 (union by size, path halving), growing as elements are added. */
final class UnionFind {

  private int[] parent = new int[1024];
  private int[] size = new int[1024];
  private int count;

  /** Adds a singleton set; returns its element. */
  int add() {
    if (count == parent.length) {
      parent = Arrays.copyOf(parent, count * 2);
      size = Arrays.copyOf(size, count * 2);
    }
    parent[count] = count;
    size[count] = 1;
    return count++;
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Merges the sets of {@code a} and {@code b}; returns the new root. */
  int union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return ra;
    }
    if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    return ra;
  }
}
