package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.beam.ReplyHandler;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Provenance;
import io.instruct4j.core.record.Reject;
import io.instruct4j.core.record.Scores;
import io.instruct4j.core.prompt.RenderedPrompt;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.filter.AnswerCheck;
import io.instruct4j.selfqa.filter.AnswerFilters;
import io.instruct4j.selfqa.parse.AnswerParser;
import io.instruct4j.selfqa.parse.ParsedAnswer;
import java.time.Instant;
import java.util.Map;

/**
 * Turns an answer reply into a training example (question as instruction, answer as output) with
 * full provenance, or a reject: unusable reply, reference to the text, length, no support.
 */
final class AnswerReplies implements ReplyHandler<Question, Example> {

  /** Score name of the answer's support by its chunk. */
  static final String SUPPORT_SCORE = "answer_support";

  private final QaPrompts prompts;
  private final AnswerFilters filters;

  AnswerReplies(QaPrompts prompts, AnswerFilters filters) {
    this.prompts = prompts;
    this.filters = filters;
  }

  @Override
  public void handle(Question q, ChatResult result, Emitter<Example> out) {
    ParsedAnswer parsed = AnswerParser.parse(result.text(), result.truncated());
    Example example = example(q, parsed.answer() == null ? result.text() : parsed.answer(), result);
    if (parsed.dropped() != null) {
      out.reject(new Reject(Stages.ANSWERS, parsed.dropped().filter(), parsed.dropped().reason(),
          null, example, null, q.source()));
      return;
    }
    AnswerCheck check = filters.check(parsed.answer(), q.chunk().text());
    if (!Double.isNaN(check.support())) {
      example = example.withScores(new Scores(null, null, null, Map.of(SUPPORT_SCORE, round(check.support()))));
    }
    if (check.rejection().isPresent()) {
      out.reject(new Reject(Stages.ANSWERS, check.rejection().get().filter(),
          check.rejection().get().reason(), null, example, null, q.source()));
    } else {
      out.output(example);
    }
  }

  /**
   * The example with its provenance. Two prompts made it, so both template ids and versions are
   * recorded, joined with {@code +} (question template first); the prompt hash is the answer call's.
   */
  private Example example(Question q, String answer, ChatResult result) {
    Chunk c = q.chunk();
    RenderedPrompt prompt = prompts.answerPrompt(q);
    Provenance provenance = Provenance.EMPTY.withModel(result.model())
        .withPrompt(q.templateId() + "+" + prompt.templateId(), q.templateVersion() + "+" + prompt.templateVersion(),
            result.promptHash())
        .withSource(c.documentId(), c.documentPath(), c.id(), c.start(), c.end())
        .withCreatedAt(Instant.now().toString());
    return Example.of(q.text(), "", answer, Method.SELF_QA, c.language()).withProvenance(provenance);
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
