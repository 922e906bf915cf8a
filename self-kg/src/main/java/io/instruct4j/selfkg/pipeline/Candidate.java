package io.instruct4j.selfkg.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.selfkg.kg.Triple;
import java.io.Serializable;
import java.util.List;

/**
 * A question–answer pair before validation, with what it was made from.
 *
 * @param question the question
 * @param answer the answer
 * @param entity the entity whose facts it came from
 * @param facts the facts it was made from (the prompt's facts, or the entity's facts)
 * @param asked ids of the facts a template question was built on; empty for LLM pairs
 * @param model the model that wrote it (LLM pairs)
 * @param templateId the prompt or relation-template id
 * @param templateVersion that template's version
 * @param promptHash the prompt's cache key (LLM pairs)
 * @param source where it came from, for rejects, e.g. {@code entity 偏头痛, pair 2}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidate(String question, String answer, String entity, List<Triple> facts, List<String> asked,
    String model, String templateId, String templateVersion, String promptHash, String source)
    implements Serializable {

  public Candidate {
    facts = List.copyOf(facts);
    asked = asked == null ? List.of() : List.copyOf(asked);
  }

  /** Whether a relation template (not the LLM) made it. */
  public boolean fromTemplate() {
    return model == null;
  }
}
