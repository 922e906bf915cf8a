package io.instruct4j.filters.curate;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.core.record.Reject;
import java.io.Serializable;
import java.util.Objects;

/**
 * A reject of one curation step, with the input position of the rejected example so rejects can
 * be written in a fixed order (by step, then position) whatever order a runner produced them in.
 *
 * @param step the step that rejected the example
 * @param position the example's {@link Candidate#position()}
 * @param reject the reject: stage {@code curate}, filter, reason, example, source, and
 *     {@code duplicate_of} for dedup steps
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StepReject(CurateStep step, long position, Reject reject) implements Serializable {

  public StepReject {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(reject, "reject");
  }
}
