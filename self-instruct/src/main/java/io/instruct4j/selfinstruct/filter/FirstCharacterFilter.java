package io.instruct4j.selfinstruct.filter;

import java.util.Objects;
import java.util.Optional;

/**
 * The shared body of the leading-character filters: an empty instruction is rejected, an exempt
 * first character passes, and any other first character is judged by the subclass.
 */
abstract class FirstCharacterFilter implements InstructionFilter {

  private static final long serialVersionUID = 1L;

  private final String exempt;

  /** @param exempt characters allowed to start an instruction anyway; may be empty */
  FirstCharacterFilter(String exempt) {
    this.exempt = Objects.requireNonNull(exempt, "exempt");
  }

  @Override
  public final Optional<String> reject(String instruction) {
    String s = Objects.requireNonNull(instruction, "instruction").strip();
    if (s.isEmpty()) {
      return Optional.of("empty instruction");
    }
    int cp = s.codePointAt(0);
    if (exempt.indexOf(cp) >= 0) {
      return Optional.empty();
    }
    return rejectFirst(cp);
  }

  /** Why an instruction starting with the (non-exempt) code point {@code cp} is rejected; empty to keep it. */
  abstract Optional<String> rejectFirst(int cp);
}
