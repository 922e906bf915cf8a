package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.io.Serializable;
import java.util.Objects;

/**
 * The first heuristic an example failed.
 *
 * @param filter the failing filter's name, e.g. {@code truncated_output}
 * @param reason the filter's reason, naming the field, the measured value and the limit
 */
public record QualityFailure(String filter, String reason) implements Serializable {

  public QualityFailure {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(reason, "reason");
  }

  /** This failure as a {@link Reject} of the {@value QualityChain#STAGE} stage carrying the example. */
  public Reject toReject(Example example) {
    return Reject.ofExample(QualityChain.STAGE, filter, reason, example);
  }
}
