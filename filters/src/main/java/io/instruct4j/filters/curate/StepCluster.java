package io.instruct4j.filters.curate;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.Objects;

/**
 * A cluster of one dedup step with the input position of its first member, the key that orders
 * {@code clusters.jsonl} (by step, then position) the same way on every runner.
 *
 * @param step the dedup step
 * @param position the {@link Candidate#position()} of the cluster's first member
 * @param cluster the cluster as written
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StepCluster(CurateStep step, long position, ClusterLine cluster) implements Serializable {

  public StepCluster {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(cluster, "cluster");
  }
}
