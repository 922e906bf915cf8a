package io.instruct4j.selfkg.pipeline;

import io.instruct4j.core.beam.ReplyHandler;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.record.Reject;
import io.instruct4j.core.prompt.RenderedPrompt;
import io.instruct4j.selfkg.parse.DroppedPair;
import io.instruct4j.selfkg.parse.ParsedQa;
import io.instruct4j.selfkg.parse.QaPair;
import io.instruct4j.selfkg.parse.QaReplyParser;
import io.instruct4j.selfkg.prompt.KgPrompts;
import java.util.List;

/**
 * Parses one generation reply into candidates. A reply without a complete pair is one
 * {@value #UNPARSEABLE} reject; in a reply with pairs, each incomplete or cut-off pair is a reject
 * of its own ({@code incomplete_pair}, {@code truncated}).
 */
final class QaReplies implements ReplyHandler<PromptRequest, Candidate> {

  /** Filter name of a reply that held no question–answer pair. */
  static final String UNPARSEABLE = "unparseable_reply";

  private final KgPrompts prompts;

  QaReplies(KgPrompts prompts) {
    this.prompts = prompts;
  }

  @Override
  public void handle(PromptRequest request, ChatResult result, Emitter<Candidate> out) {
    String source = "entity " + request.entity();
    ParsedQa parsed = QaReplyParser.parse(result.text(), result.truncated());
    List<QaPair> pairs = parsed.pairs();
    if (pairs.isEmpty()) {
      // one reject for the whole reply, so that replies = replies with pairs + unparseable replies
      String found = parsed.dropped().isEmpty() ? "" : " (only " + parsed.dropped().size() + " incomplete or cut-off)";
      out.reject(Reject.ofText(KgPrompts.STAGE, UNPARSEABLE, "the reply holds no complete "
          + "question–answer pair" + found + "; expected Q:/A:, 问：/答： or a JSON list", result.text())
          .withSource(source));
      return;
    }
    for (DroppedPair d : parsed.dropped()) {
      String reason = d.reason().equals(QaReplyParser.TRUNCATED)
          ? "pair cut off by the length limit (finish_reason length)"
          : "a question without an answer, or an answer without a question";
      out.reject(Reject.ofText(KgPrompts.STAGE, d.reason(), reason, d.text()).withSource(source));
    }
    SelfKgCounters.inc(SelfKgCounters.REPLIES_WITH_PAIRS, 1);
    SelfKgCounters.inc(SelfKgCounters.PAIRS, pairs.size());
    RenderedPrompt prompt = prompts.render(request.entity(), request.facts());
    for (int i = 0; i < pairs.size(); i++) {
      QaPair p = pairs.get(i);
      out.output(new Candidate(p.question(), p.answer(), request.entity(), request.facts(), List.of(),
          result.model() == null ? "unknown" : result.model(), prompt.templateId(), prompt.templateVersion(),
          result.promptHash(), source + ", pair " + (i + 1)));
    }
  }
}
