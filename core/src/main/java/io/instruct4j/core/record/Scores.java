package io.instruct4j.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Scores attached to an example by filters.
 *
 * @param maxRougeL highest ROUGE-L F-measure against the pool when it was accepted
 * @param avgRougeL mean ROUGE-L F-measure against the pool when it was accepted
 * @param mostSimilar the most similar pool entries, best first
 * @param other further named scores (e.g. {@code repeated_ngram_ratio})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Scores(Double maxRougeL, Double avgRougeL, List<Similar> mostSimilar, Map<String, Double> other)
    implements Serializable {

  public static final Scores EMPTY = new Scores(null, null, List.of(), Map.of());

  public Scores {
    mostSimilar = mostSimilar == null ? List.of() : List.copyOf(mostSimilar);
    other = other == null ? Map.of() : Map.copyOf(other);
  }

  public Scores withRougeL(double max, double avg, List<Similar> similar) {
    return new Scores(max, avg, similar, other);
  }
}
