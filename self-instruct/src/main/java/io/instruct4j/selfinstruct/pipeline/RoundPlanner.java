package io.instruct4j.selfinstruct.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Chooses the in-context instructions of each bootstrap prompt. The choice depends only on the
 * seed, the round, the prompt index and the pool, so a resumed run asks exactly the prompts an
 * uninterrupted run would have asked, and every one of them is a cache hit.
 */
public final class RoundPlanner {

  private final List<String> humanPool;
  private final int humanExamples;
  private final int machineExamples;
  private final long seed;

  public RoundPlanner(List<String> humanPool, int humanExamples, int machineExamples, long seed) {
    if (humanPool.isEmpty()) {
      throw new IllegalArgumentException("the seed file holds no tasks: Self-Instruct needs at least one seed instruction");
    }
    this.humanPool = List.copyOf(humanPool);
    this.humanExamples = Math.min(humanExamples, humanPool.size());
    this.machineExamples = machineExamples;
    this.seed = seed;
  }

  /** The prompts of {@code round}, given the machine instructions accepted before it (in acceptance order). */
  public List<BootstrapRequest> plan(int round, int requests, List<String> machinePool) {
    List<BootstrapRequest> out = new ArrayList<>(requests);
    for (int i = 0; i < requests; i++) {
      Random random = new Random(mix(seed, round, i));
      List<String> examples = new ArrayList<>(sample(humanPool, humanExamples, random));
      examples.addAll(sample(machinePool, Math.min(machineExamples, machinePool.size()), random));
      out.add(new BootstrapRequest(round, i, examples));
    }
    return out;
  }

  /** Partial Fisher-Yates over an index array: k distinct items, in sampled order. */
  private static List<String> sample(List<String> pool, int k, Random random) {
    int[] idx = new int[pool.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    List<String> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(idx.length - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
      out.add(pool.get(idx[i]));
    }
    return out;
  }

  private static long mix(long seed, int round, int index) {
    long h = seed * 0x9E3779B97F4A7C15L + round;
    h = h * 0xBF58476D1CE4E5B9L + index;
    return h ^ (h >>> 31);
  }
}
