package io.instruct4j.selfinstruct.instance;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input/output pair a model wrote for an instruction.
 *
 * @param input the task input, empty when the task needs none
 * @param output the expected output (for classification tasks, the class label)
 */
public record Instance(String input, String output) implements Serializable {
  public Instance {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
  }
}
