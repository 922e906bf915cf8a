package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.ReplyHandler;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfinstruct.filter.FilterChain;
import io.instruct4j.selfinstruct.filter.FilterRejection;
import io.instruct4j.selfinstruct.parse.Dropped;
import io.instruct4j.selfinstruct.parse.InstructionListParser;
import io.instruct4j.selfinstruct.parse.ParsedInstructions;
import io.instruct4j.selfinstruct.parse.TruncationPolicy;
import io.instruct4j.core.prompt.RenderedPrompt;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a bootstrap reply into instructions and runs the paper's filters on each. Items cut off
 * by the length limit, and replies with no item at all, are rejects; chatter around the list
 * (a preamble, a closing remark) was never a task and is not counted.
 */
final class InstructionReplies implements ReplyHandler<BootstrapRequest, Candidate> {

  /** Filter name of items dropped because the reply was cut off. */
  static final String TRUNCATED = "truncated";
  /** Filter name of replies that held no numbered item. */
  static final String UNPARSEABLE = "unparseable_reply";

  private static final Set<String> WHOLE_REPLY = Set.of(
      InstructionListParser.REASON_NO_ITEMS, InstructionListParser.REASON_EMPTY_REPLY);

  private final Prompts prompts;
  private final FilterChain filters;
  private final TruncationPolicy truncation;

  InstructionReplies(Prompts prompts, FilterChain filters, TruncationPolicy truncation) {
    this.prompts = prompts;
    this.filters = filters;
    this.truncation = truncation;
  }

  @Override
  public void handle(BootstrapRequest request, ChatResult result, Emitter<Candidate> out) {
    String source = "round " + request.round() + ", request " + request.index();
    ParsedInstructions parsed = InstructionListParser.parse(result.text(), result.truncated(), truncation);
    for (Dropped d : parsed.dropped()) {
      if (d.reason().equals(InstructionListParser.REASON_TRUNCATED)) {
        out.reject(Reject.ofText(GenerateInstructions.STAGE, TRUNCATED,
            "cut off by the length limit (finish_reason length)", d.text()).withSource(source));
      } else if (WHOLE_REPLY.contains(d.reason())) {
        out.reject(Reject.ofText(GenerateInstructions.STAGE, UNPARSEABLE,
            "reply has " + d.reason(), d.text()).withSource(source));
      }
    }
    RenderedPrompt prompt = prompts.bootstrapTemplate(request);
    List<String> items = parsed.instructions();
    for (int i = 0; i < items.size(); i++) {
      String instruction = items.get(i);
      Optional<FilterRejection> rejection = filters.check(instruction);
      if (rejection.isPresent()) {
        out.reject(Reject.ofText(GenerateInstructions.STAGE, rejection.get().filter(),
            rejection.get().reason(), instruction).withSource(source + ", item " + i));
      } else {
        out.output(new Candidate(instruction, request.round(), request.index(), i,
            result.model(), result.promptHash(), prompt.templateId(), prompt.templateVersion()));
      }
    }
  }
}
