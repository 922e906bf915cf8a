package io.instruct4j.pipelines.curate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One step of the curation chain in the report: {@code in = out + rejected}.
 *
 * @param step {@code quality}, {@code exact_duplicate}, {@code near_duplicate} or {@code semantic_duplicate}
 * @param in examples that reached the step
 * @param rejected examples it rejected
 * @param out examples it passed on
 * @param rejectedBy for quality, rejects per quality filter in the order the filters run, zeros
 *     included; absent for dedup steps, which are one filter each
 * @param clusters for dedup steps, the duplicate clusters found; absent for quality
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepReport(String step, long in, long rejected, long out, List<FilterCount> rejectedBy, Long clusters) {

  public StepReport {
    if (in != out + rejected || in < 0 || out < 0 || rejected < 0) {
      throw new IllegalStateException(step + ": " + in + " in but " + out + " out + " + rejected + " rejected");
    }
    if (rejectedBy != null) {
      long sum = rejectedBy.stream().mapToLong(FilterCount::rejected).sum();
      if (sum != rejected) {
        throw new IllegalStateException(step + ": " + rejected + " rejected but " + rejectedBy + " by filter");
      }
      rejectedBy = List.copyOf(rejectedBy);
    }
  }
}
