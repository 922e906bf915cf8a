package io.instruct4j.filters.curate;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One line of {@code clusters.jsonl}: a group of examples one dedup filter found to duplicate
 * each other.
 *
 * @param filter {@code exact_duplicate}, {@code near_duplicate} or {@code semantic_duplicate}
 * @param clusterId {@code <filter>-<n>}, numbered from 1 in input order of the first member
 * @param keptId the id of the member that was kept
 * @param memberIds every member's id in input order, the kept one included (byte-identical
 *     examples share a content id, so an id may repeat)
 * @param memberSources every member's {@code file:line}, in the order of {@code memberIds}
 * @param size the number of members
 * @param similarity the lowest similarity of a dropped member to the kept one, in the filter's
 *     measure: 1.0 for exact duplicates, Jaccard of shingle sets for near duplicates (a member
 *     linked through another one may be below the threshold), cosine for semantic duplicates
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ClusterLine(
    String filter,
    String clusterId,
    String keptId,
    List<String> memberIds,
    List<String> memberSources,
    int size,
    double similarity)
    implements Serializable {

  public ClusterLine {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(clusterId, "clusterId");
    Objects.requireNonNull(keptId, "keptId");
    memberIds = List.copyOf(memberIds);
    memberSources = List.copyOf(memberSources);
    if (memberIds.size() != size || memberSources.size() != size || size < 2) {
      throw new IllegalArgumentException(clusterId + ": size " + size + " but " + memberIds.size()
          + " member ids and " + memberSources.size() + " sources (a cluster has at least 2 members)");
    }
  }
}
