package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.beam.ReplyHandler;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.record.Reject;
import io.instruct4j.core.prompt.RenderedPrompt;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.filter.FilterRejection;
import io.instruct4j.selfqa.filter.QuestionFilters;
import io.instruct4j.selfqa.parse.Dropped;
import io.instruct4j.selfqa.parse.ParsedQuestions;
import io.instruct4j.selfqa.parse.QuestionParser;
import java.util.List;
import java.util.Optional;

/**
 * Splits a question reply into questions and filters each. A reply without questions, a cut-off
 * last item, questions beyond the number asked for, and filtered questions are rejects; chatter
 * around the list is not counted.
 */
final class QuestionReplies implements ReplyHandler<Chunk, Question> {

  /** Filter name of questions beyond the number asked for. */
  static final String OVER_LIMIT = "over_limit";

  private final QaPrompts prompts;
  private final QuestionFilters filters;

  QuestionReplies(QaPrompts prompts, QuestionFilters filters) {
    this.prompts = prompts;
    this.filters = filters;
  }

  @Override
  public void handle(Chunk chunk, ChatResult result, Emitter<Question> out) {
    String source = chunk.id() + " " + chunk.source();
    ParsedQuestions parsed = QuestionParser.parse(result.text(), result.truncated());
    for (Dropped d : parsed.dropped()) {
      out.reject(Reject.ofText(Stages.QUESTIONS, d.filter(), d.reason(), d.text()).withSource(source));
    }
    RenderedPrompt prompt = prompts.questionsPrompt(chunk);
    List<String> items = parsed.questions();
    for (int i = 0; i < items.size(); i++) {
      String text = items.get(i);
      String id = chunk.id() + "/q" + i;
      if (i >= prompts.count()) {
        out.reject(Reject.ofText(Stages.QUESTIONS, OVER_LIMIT, "question " + (i + 1)
            + " of a reply that was asked for " + prompts.count(), text).withSource(id + " " + chunk.source()));
        continue;
      }
      Optional<FilterRejection> rejection = filters.check(text, chunk.language());
      if (rejection.isPresent()) {
        out.reject(Reject.ofText(Stages.QUESTIONS, rejection.get().filter(), rejection.get().reason(), text)
            .withSource(id + " " + chunk.source()));
      } else {
        out.output(new Question(id, text, i, chunk, result.model(), result.promptHash(),
            prompt.templateId(), prompt.templateVersion()));
      }
    }
  }
}
