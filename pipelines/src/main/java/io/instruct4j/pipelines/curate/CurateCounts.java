package io.instruct4j.pipelines.curate;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.filters.curate.CurateStep;
import io.instruct4j.filters.curate.StepCluster;
import io.instruct4j.filters.curate.StepReject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the pipeline's dedup step counted, for the report: written last into the work folder, so
 * its presence means the chain's output files are complete.
 *
 * @param kept examples kept
 * @param rejectedByStep rejects per step, by {@link CurateStep#key()}
 * @param rejectedByQualityFilter the quality step's rejects per filter (filters that rejected nothing absent)
 * @param clustersByStep duplicate clusters per dedup step, by {@link CurateStep#key()}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record CurateCounts(long kept, Map<String, Long> rejectedByStep, Map<String, Long> rejectedByQualityFilter,
    Map<String, Long> clustersByStep) {

  CurateCounts {
    rejectedByStep = new TreeMap<>(rejectedByStep);
    rejectedByQualityFilter = new TreeMap<>(rejectedByQualityFilter);
    clustersByStep = new TreeMap<>(clustersByStep);
  }

  long rejected(CurateStep step) {
    return rejectedByStep.getOrDefault(step.key(), 0L);
  }

  long clusters(CurateStep step) {
    return clustersByStep.getOrDefault(step.key(), 0L);
  }

  static CurateCounts of(long kept, List<StepReject> rejects, List<StepCluster> clusters) {
    Map<String, Long> byStep = new TreeMap<>();
    Map<String, Long> byQualityFilter = new TreeMap<>();
    for (StepReject r : rejects) {
      byStep.merge(r.step().key(), 1L, Long::sum);
      if (r.step() == CurateStep.QUALITY) {
        byQualityFilter.merge(r.reject().filter(), 1L, Long::sum);
      }
    }
    Map<String, Long> clustersByStep = new TreeMap<>();
    clusters.forEach(c -> clustersByStep.merge(c.step().key(), 1L, Long::sum));
    return new CurateCounts(kept, byStep, byQualityFilter, clustersByStep);
  }
}
