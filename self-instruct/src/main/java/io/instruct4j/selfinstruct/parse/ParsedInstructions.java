package io.instruct4j.selfinstruct.parse;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link InstructionListParser} made of a bootstrap reply.
 *
 * @param instructions the new instructions, in reply order
 * @param dropped everything else in the reply that held text: the preamble, then item-level drops
 *     (example lines, empty items) in item order, then text outside the items, then truncated items
 */
public record ParsedInstructions(List<String> instructions, List<Dropped> dropped) implements Serializable {
  public ParsedInstructions {
    instructions = List.copyOf(instructions);
    dropped = List.copyOf(dropped);
  }
}
