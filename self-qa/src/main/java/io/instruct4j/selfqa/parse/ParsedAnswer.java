package io.instruct4j.selfqa.parse;

/**
 * The answer found in a reply, or why there is none; exactly one of the two is set.
 *
 * @param answer the answer text
 * @param dropped why the reply gave no usable answer
 */
public record ParsedAnswer(String answer, Dropped dropped) {

  public ParsedAnswer {
    if ((answer == null) == (dropped == null)) {
      throw new IllegalArgumentException("exactly one of answer and dropped must be set");
    }
  }

  static ParsedAnswer of(String answer) {
    return new ParsedAnswer(answer, null);
  }

  static ParsedAnswer dropped(String text, String filter, String reason) {
    return new ParsedAnswer(null, new Dropped(text, filter, reason));
  }
}
