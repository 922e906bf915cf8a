package io.instruct4j.selfkg.parse;

import java.io.Serializable;
import java.util.Objects;

/**
 * One question and its answer as parsed from a reply.
 *
 * @param question the question, never blank
 * @param answer the answer, never blank
 */
public record QaPair(String question, String answer) implements Serializable {

  public QaPair {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
  }
}
