package io.instruct4j.selfkg.pipeline;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.selfkg.kg.Triple;
import java.io.Serializable;
import java.util.List;

/**
 * One LLM prompt's worth of an entity: the facts shown, after the cap.
 *
 * @param entity the entity asked about
 * @param facts the facts written into the prompt, in prompt order
 * @param leftOut facts of the entity's neighbourhood not shown because of the cap
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PromptRequest(String entity, List<Triple> facts, int leftOut) implements Serializable {

  public PromptRequest {
    facts = List.copyOf(facts);
  }
}
