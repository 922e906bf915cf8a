package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.ReplyHandler;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfinstruct.parse.ClassificationAnswerParser;
import java.util.Optional;

/** Sets the classification flag from a Yes/No reply, or records the unreadable answer as a reject. */
final class ClassificationReplies implements ReplyHandler<Example, Example> {

  @Override
  public void handle(Example instruction, ChatResult reply, Emitter<Example> out) {
    Optional<Boolean> answer = ClassificationAnswerParser.parse(reply.text());
    if (answer.isPresent()) {
      out.output(instruction.withClassification(answer.get()));
    } else {
      String text = reply.text().strip();
      out.reject(Reject.ofExample(ClassifyTasks.STAGE, ClassifyTasks.UNPARSEABLE,
          "no Yes/No answer in the reply: '" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "'",
          instruction));
    }
  }
}
