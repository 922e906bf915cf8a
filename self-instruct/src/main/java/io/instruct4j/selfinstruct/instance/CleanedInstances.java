package io.instruct4j.selfinstruct.instance;

import java.io.Serializable;
import java.util.List;

/**
 * The result of {@link InstanceCleaner}: every input instance is in exactly one of the lists.
 *
 * @param kept the instances to use, in parsed order
 * @param dropped the others with reasons, in parsed order
 */
public record CleanedInstances(List<Instance> kept, List<DroppedInstance> dropped) implements Serializable {
  public CleanedInstances {
    kept = List.copyOf(kept);
    dropped = List.copyOf(dropped);
  }
}
