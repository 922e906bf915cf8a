package io.instruct4j.selfinstruct.filter;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why a {@link FilterChain} rejected an instruction.
 *
 * @param filter the failing filter's {@link InstructionFilter#name()}
 * @param reason its reason, naming the measured value and the limit
 */
public record FilterRejection(String filter, String reason) implements Serializable {
  public FilterRejection {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(reason, "reason");
  }
}
