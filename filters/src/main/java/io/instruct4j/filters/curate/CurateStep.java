package io.instruct4j.filters.curate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.instruct4j.filters.dedup.ExactDedup;
import io.instruct4j.filters.dedup.MinHashDedup;
import io.instruct4j.filters.dedup.SemanticDedup;

/**
 * The steps of the curation chain, in the order they run: quality first, then exact, near and
 * semantic dedup. The order is fixed, not configurable, for two reasons:
 *
 * <ul>
 *   <li>Quality before dedup: a cluster keeps one member and rejects the rest. If dedup ran
 *       first, an empty or truncated copy could be chosen as a cluster's keeper and then be
 *       dropped by quality, losing every good copy of the task with it.
 *   <li>Cheap and certain before costly and fuzzy: exact dedup (one hash per example) removes the
 *       bulk of repeats, so MinHash sees fewer texts and embedding, by far the slowest step, sees
 *       fewer still; and each duplicate is counted under the most specific filter that found it.
 * </ul>
 */
public enum CurateStep {
  QUALITY("quality"),
  EXACT_DUPLICATE(ExactDedup.NAME),
  NEAR_DUPLICATE(MinHashDedup.NAME),
  SEMANTIC_DUPLICATE(SemanticDedup.NAME);

  private final String key;

  CurateStep(String key) {
    this.key = key;
  }

  /** The step's name in the config ({@code curate.<key>}) and in the report. */
  @JsonValue
  public String key() {
    return key;
  }

  /** The step called {@code key}; the error lists the steps. */
  @JsonCreator
  public static CurateStep fromKey(String key) {
    for (CurateStep step : values()) {
      if (step.key.equals(key)) {
        return step;
      }
    }
    throw new IllegalArgumentException("unknown curation step '" + key
        + "' (expected quality, exact_duplicate, near_duplicate or semantic_duplicate)");
  }
}
