package io.instruct4j.filters.dedup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A group of two or more examples found to duplicate each other, for the curation report.
 *
 * @param clusterId {@code <filter name>-<n>}, numbered from 1 in the order of each cluster's first
 *     member in the input, so the same input gives the same ids
 * @param keptId the id of the member that was kept
 * @param memberIds every member's id in input order, the kept one included (byte-identical
 *     examples share a content id, so an id may repeat)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DuplicateCluster(String clusterId, String keptId, List<String> memberIds)
    implements Serializable {

  public DuplicateCluster {
    Objects.requireNonNull(clusterId, "clusterId");
    Objects.requireNonNull(keptId, "keptId");
    memberIds = List.copyOf(memberIds);
    if (memberIds.size() < 2) {
      throw new IllegalArgumentException(
          "a duplicate cluster needs at least 2 members, got " + memberIds + " in " + clusterId);
    }
    if (!memberIds.contains(keptId)) {
      throw new IllegalArgumentException(
          "kept id " + keptId + " is not among the members " + memberIds + " of " + clusterId);
    }
  }

  /** The number of members, the kept one included. */
  @JsonProperty("size")
  public int size() {
    return memberIds.size();
  }
}
