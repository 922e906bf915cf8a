package io.instruct4j.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One training example: an instruction, an optional input and the output, with where it came
 * from and what the filters measured. Immutable; the id is derived from the content so the same
 * example gets the same id in every run and on every machine.
 *
 * @param id {@code ex-} plus the first 16 hex digits of SHA-256 over instruction, input, output
 * @param instruction the task, never blank
 * @param input the task's input, empty when the task needs none
 * @param output the expected answer, empty only for instructions that have no instances yet
 * @param method how the example was made
 * @param language BCP-47 language tag, {@code en} or {@code zh} in practice
 * @param isClassification whether the task is a classification task, null when unknown
 * @param provenance where the example came from
 * @param scores what the filters measured
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Example(
    String id,
    String instruction,
    String input,
    String output,
    Method method,
    String language,
    @JsonProperty("is_classification") Boolean isClassification,
    Provenance provenance,
    Scores scores)
    implements Serializable {

  public Example {
    Objects.requireNonNull(instruction, "instruction");
    input = input == null ? "" : input;
    output = output == null ? "" : output;
    provenance = provenance == null ? Provenance.EMPTY : provenance;
    scores = scores == null ? Scores.EMPTY : scores;
    if (id == null || id.isBlank()) {
      id = contentId(instruction, input, output);
    }
  }

  /** A new example whose id is derived from its content. */
  public static Example of(
      String instruction, String input, String output, Method method, String language) {
    return new Example(null, instruction, input, output, method, language, null, null, null);
  }

  /** The stable content id: {@code ex-} + 16 hex digits of SHA-256(instruction NUL input NUL output). */
  public static String contentId(String instruction, String input, String output) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(instruction.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update((input == null ? "" : input).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update((output == null ? "" : output).getBytes(StandardCharsets.UTF_8));
      return "ex-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A copy with new content and therefore a new content id; everything else is kept. */
  public Example withContent(String newInstruction, String newInput, String newOutput) {
    return new Example(null, newInstruction, newInput, newOutput, method, language,
        isClassification, provenance, scores);
  }

  public Example withClassification(Boolean value) {
    return new Example(id, instruction, input, output, method, language, value, provenance, scores);
  }

  public Example withProvenance(Provenance value) {
    return new Example(id, instruction, input, output, method, language, isClassification, value, scores);
  }

  public Example withScores(Scores value) {
    return new Example(id, instruction, input, output, method, language, isClassification, provenance, value);
  }
}
