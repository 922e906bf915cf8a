package io.instruct4j.selfinstruct.instance;

import java.io.Serializable;
import java.util.Objects;

/**
 * An instance the clean-up removed.
 *
 * @param instance the instance as parsed
 * @param position its 1-based position in the parsed list, which reasons refer to
 * @param reason why it was removed
 */
public record DroppedInstance(Instance instance, int position, String reason) implements Serializable {
  public DroppedInstance {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(reason, "reason");
  }
}
