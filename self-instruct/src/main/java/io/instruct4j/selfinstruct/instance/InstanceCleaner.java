package io.instruct4j.selfinstruct.instance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference's instance clean-up (prepare_for_finetuning.py), applied to one task's parsed
 * instances, in its order:
 * <ol>
 *   <li>invalid instances go: empty output, output equal to input, input or output ending with
 *       ':' or '：' (the generation was cut off);
 *   <li>if two remaining instances have the same non-empty input and different outputs, the
 *       task is unreliable and all its instances go;
 *   <li>exact duplicates go (the first is kept);
 *   <li>at most {@code maxInstances} are kept. The reference samples them at random; this keeps
 *       the first ones, so reruns produce the same data.
 * </ol>
 * The reference applies no length check to instances, so neither does this.
 */
public final class InstanceCleaner implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int maxInstances;

  /** @param maxInstances most instances kept per task, at least 1 */
  public InstanceCleaner(int maxInstances) {
    if (maxInstances < 1) {
      throw new IllegalArgumentException("max_instances must be at least 1, got " + maxInstances);
    }
    this.maxInstances = maxInstances;
  }

  /** Cleans one task's instances; each ends in exactly one of the result's lists. */
  public CleanedInstances clean(List<Instance> instances) {
    Objects.requireNonNull(instances, "instances");
    List<DroppedInstance> dropped = new ArrayList<>();
    List<Integer> valid = new ArrayList<>(); // 0-based positions still in play
    for (int i = 0; i < instances.size(); i++) {
      Instance inst = Objects.requireNonNull(instances.get(i), "instance " + (i + 1) + " is null");
      String reason = invalidReason(inst);
      if (reason != null) {
        dropped.add(new DroppedInstance(inst, i + 1, reason));
      } else {
        valid.add(i);
      }
    }
    String conflict = conflict(instances, valid);
    if (conflict != null) {
      for (int i : valid) {
        dropped.add(new DroppedInstance(instances.get(i), i + 1, conflict));
      }
      return result(List.of(), dropped);
    }
    List<Instance> kept = new ArrayList<>();
    Map<Instance, Integer> firstSeen = new HashMap<>();
    for (int i : valid) {
      Instance inst = normalized(instances.get(i));
      Integer first = firstSeen.putIfAbsent(inst, i + 1);
      if (first != null) {
        dropped.add(new DroppedInstance(instances.get(i), i + 1, "duplicate of instance " + first));
      } else if (kept.size() >= maxInstances) {
        dropped.add(new DroppedInstance(instances.get(i), i + 1,
            "over max_instances: only the first " + maxInstances + " are kept"));
      } else {
        kept.add(instances.get(i));
      }
    }
    return result(kept, dropped);
  }

  private static String invalidReason(Instance inst) {
    String input = inst.input().strip();
    String output = inst.output().strip();
    if (output.isEmpty()) {
      return "empty output";
    }
    if (input.equals(output)) {
      return "output equals input";
    }
    if (endsWithColon(input)) {
      return "input ends with '" + input.charAt(input.length() - 1) + "' (looks cut off)";
    }
    if (endsWithColon(output)) {
      return "output ends with '" + output.charAt(output.length() - 1) + "' (looks cut off)";
    }
    return null;
  }

  private static boolean endsWithColon(String s) {
    return s.endsWith(":") || s.endsWith("：");
  }

  /** The first pair (in the reference's scan order) with one non-empty input and two outputs. */
  private static String conflict(List<Instance> instances, List<Integer> valid) {
    for (int a = 1; a < valid.size(); a++) {
      Instance later = normalized(instances.get(valid.get(a)));
      if (later.input().isEmpty()) {
        continue;
      }
      for (int b = 0; b < a; b++) {
        Instance earlier = normalized(instances.get(valid.get(b)));
        if (earlier.input().equals(later.input()) && !earlier.output().equals(later.output())) {
          return "conflict: instances " + (valid.get(b) + 1) + " and " + (valid.get(a) + 1)
              + " share an input but differ in output; all the task's instances are dropped";
        }
      }
    }
    return null;
  }

  private static Instance normalized(Instance inst) {
    return new Instance(inst.input().strip(), inst.output().strip());
  }

  private static CleanedInstances result(List<Instance> kept, List<DroppedInstance> dropped) {
    dropped.sort(Comparator.comparingInt(DroppedInstance::position));
    return new CleanedInstances(kept, dropped);
  }
}
