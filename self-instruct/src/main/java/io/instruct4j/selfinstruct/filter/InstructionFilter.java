package io.instruct4j.selfinstruct.filter;

import java.io.Serializable;
import java.util.Optional;

/** One of the paper's post-processing rules for a machine-written instruction. */
public interface InstructionFilter extends Serializable {

  /** The filter's name in reject records and the summary, e.g. {@code blocklist}. */
  String name();

  /** Empty to keep the instruction, else why it is rejected, naming the measured value. */
  Optional<String> reject(String instruction);
}
