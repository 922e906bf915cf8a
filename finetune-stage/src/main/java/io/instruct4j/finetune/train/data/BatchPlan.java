package io.instruct4j.finetune.train.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which examples go into which micro-batch of which optimizer step. Every epoch is a fresh
 * shuffle seeded by (seed, epoch), so the plan for any step follows from the seed alone: a
 * resumed run needs nothing but the step number to continue with the same data order.
 */
public final class BatchPlan {

  private final int examples;
  private final int batchSize;
  private final int accumulation;
  private final long seed;
  private final int totalSteps;
  private final int batchesPerEpoch;
  private final Map<Integer, List<Integer>> orders = new HashMap<>();

  /**
   * @param maxSteps optimizer steps to run; 0 or less means as many as {@code epochs} take
   */
  public BatchPlan(int examples, int batchSize, int accumulation, int epochs, int maxSteps, long seed) {
    if (examples <= 0 || batchSize <= 0 || accumulation <= 0 || epochs <= 0) {
      throw new IllegalArgumentException("examples, batchSize, accumulation and epochs must be > 0, got "
          + examples + ", " + batchSize + ", " + accumulation + ", " + epochs);
    }
    this.examples = examples;
    this.batchSize = batchSize;
    this.accumulation = accumulation;
    this.seed = seed;
    this.batchesPerEpoch = (examples + batchSize - 1) / batchSize;
    long fromEpochs = ((long) epochs * batchesPerEpoch + accumulation - 1) / accumulation;
    this.totalSteps = maxSteps > 0 ? maxSteps : (int) Math.min(Integer.MAX_VALUE, fromEpochs);
  }

  public int totalSteps() {
    return totalSteps;
  }

  public int batchesPerEpoch() {
    return batchesPerEpoch;
  }

  /** Example indices of each micro-batch of 0-based optimizer step {@code step}. */
  public List<List<Integer>> step(int step) {
    if (step < 0 || step >= totalSteps) {
      throw new IllegalArgumentException("step " + step + " outside [0, " + totalSteps + ")");
    }
    List<List<Integer>> out = new ArrayList<>(accumulation);
    for (int j = 0; j < accumulation; j++) {
      long global = (long) step * accumulation + j;
      int epoch = (int) (global / batchesPerEpoch);
      int index = (int) (global % batchesPerEpoch);
      List<Integer> order = order(epoch);
      out.add(order.subList(index * batchSize, Math.min(examples, (index + 1) * batchSize)));
    }
    return out;
  }

  private List<Integer> order(int epoch) {
    if (!orders.containsKey(epoch)) {
      orders.keySet().removeIf(e -> e < epoch - 1); // only the current and previous epoch are ever asked for
      List<Integer> order = new ArrayList<>(examples);
      for (int i = 0; i < examples; i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(Seeds.mix(seed, 0x5EED_0000L + epoch)));
      orders.put(epoch, List.copyOf(order));
    }
    return orders.get(epoch);
  }
}
