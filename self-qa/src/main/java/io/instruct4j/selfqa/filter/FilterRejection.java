package io.instruct4j.selfqa.filter;

import java.util.Objects;

/**
 * Why a filter refused a question or an answer.
 *
 * @param filter the filter's name, which the summary counts by
 * @param reason the measured value and the limit
 */
public record FilterRejection(String filter, String reason) {

  public FilterRejection {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(reason, "reason");
  }
}
