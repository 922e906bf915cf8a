package io.instruct4j.selfkg.validate;

import java.util.List;

/**
 * The validator's decision on one question–answer pair.
 *
 * @param filter null when the pair passed, else the failed rule ({@code answer_missing_facts},
 *     {@code unsupported_entity})
 * @param reason why it failed, naming the names involved; null when it passed
 * @param usedFactIds ids of the facts the pair is built on (provenance), in fact order
 */
public record Verdict(String filter, String reason, List<String> usedFactIds) {

  public Verdict {
    usedFactIds = List.copyOf(usedFactIds);
  }

  public boolean passed() {
    return filter == null;
  }

  static Verdict pass(List<String> used) {
    return new Verdict(null, null, used);
  }

  static Verdict fail(String filter, String reason, List<String> asked) {
    return new Verdict(filter, reason, asked);
  }
}
