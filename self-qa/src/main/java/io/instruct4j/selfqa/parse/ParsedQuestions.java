package io.instruct4j.selfqa.parse;

import java.util.List;

/**
 * The questions found in a reply, in order, and what was dropped (a cut-off last item, or the
 * whole reply when it held no question). Chatter around the list is neither.
 */
public record ParsedQuestions(List<String> questions, List<Dropped> dropped) {

  public ParsedQuestions {
    questions = List.copyOf(questions);
    dropped = List.copyOf(dropped);
  }
}
