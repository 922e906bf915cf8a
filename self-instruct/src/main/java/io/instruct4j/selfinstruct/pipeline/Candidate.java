package io.instruct4j.selfinstruct.pipeline;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Provenance;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;

/**
 * A machine-written instruction that passed parsing, awaiting the filters. The order key
 * (round, request, position) makes the similarity filter's decisions independent of the runner.
 *
 * @param instruction the instruction text
 * @param round bootstrap round
 * @param request index of the prompt within the round
 * @param position index of the item within the reply
 * @param model the model that wrote it
 * @param promptHash the call's cache key
 * @param templateId the prompt template's id
 * @param templateVersion the prompt template's version
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Candidate(
    String instruction, int round, int request, int position, String model, String promptHash,
    String templateId, String templateVersion)
    implements Serializable {

  /** Deterministic processing order within a round. */
  public static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::round)
      .thenComparingInt(Candidate::request).thenComparingInt(Candidate::position);

  /** Where the candidate came from, for reject records: {@code round 2, request 5, item 3}. */
  public String source() {
    return "round " + round + ", request " + request + ", item " + position;
  }

  /** The candidate as an instruction-only example (no instance yet), with its provenance. */
  public Example toExample(String language) {
    Provenance provenance = Provenance.EMPTY.withModel(model)
        .withPrompt(templateId, templateVersion, promptHash)
        .withRound(round)
        .withCreatedAt(Instant.now().toString());
    return Example.of(instruction, "", "", Method.SELF_INSTRUCT, language).withProvenance(provenance);
  }
}
