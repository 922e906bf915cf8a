package io.instruct4j.pipelines.curate;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What was read from one input file.
 *
 * @param file the path as given
 * @param format the detected format, e.g. {@code Self-Instruct seed tasks (JSONL)}
 * @param records lines or array elements read as records
 * @param examples examples those records gave (a seed task gives one per instance)
 * @param malformed records refused under {@code bad_records: reject}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InputFileReport(String file, String format, long records, long examples, long malformed) {}
