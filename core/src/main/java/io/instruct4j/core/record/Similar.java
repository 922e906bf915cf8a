package io.instruct4j.core.record;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;

/**
 * One pool entry that a candidate resembles, with the similarity score.
 *
 * @param id the pool entry's example id
 * @param text the pool entry's text (the instruction), kept so reports need no join
 * @param score the similarity, e.g. ROUGE-L F-measure in [0, 1]
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Similar(String id, String text, double score) implements Serializable {}
