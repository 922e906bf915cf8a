package io.instruct4j.selfinstruct.pipeline;

import java.io.Serializable;
import java.util.List;

/**
 * One bootstrap prompt of a round: the in-context instructions it shows, in order.
 *
 * @param round the bootstrap round, from 1
 * @param index the prompt's index within the round, which orders its candidates
 * @param examples the in-context instructions, human ones first
 */
public record BootstrapRequest(int round, int index, List<String> examples) implements Serializable {
  public BootstrapRequest {
    examples = List.copyOf(examples);
  }
}
