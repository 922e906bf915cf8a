package io.instruct4j.pipelines.curate;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How many examples one filter rejected. A list of these, rather than a map, keeps the order the
 * filters run in when written as JSON (our mapper sorts map keys).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FilterCount(String filter, long rejected) {}
