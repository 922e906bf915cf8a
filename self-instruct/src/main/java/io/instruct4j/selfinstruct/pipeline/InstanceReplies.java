package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.ReplyHandler;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfinstruct.instance.CleanedInstances;
import io.instruct4j.selfinstruct.instance.DroppedInstance;
import io.instruct4j.selfinstruct.instance.Instance;
import io.instruct4j.selfinstruct.instance.InstanceCleaner;
import io.instruct4j.selfinstruct.parse.Dropped;
import io.instruct4j.selfinstruct.parse.InstanceParser;
import io.instruct4j.selfinstruct.parse.ParsedInstances;
import io.instruct4j.core.prompt.RenderedPrompt;

/**
 * Parses one instance reply, cleans the instances and emits one example per kept instance. An
 * instruction left with no instance is itself a reject, so every classified instruction ends as
 * examples, a reject or a dead letter.
 */
final class InstanceReplies implements ReplyHandler<Example, Example> {

  /** Filter name of an instance dropped because the reply was cut off. */
  static final String TRUNCATED = "truncated";
  /** Filter name of an instance the reference clean-up removed. */
  static final String CLEANUP = "instance_cleanup";
  /** Filter name of an instruction that ended with no usable instance. */
  static final String NO_INSTANCES = "no_valid_instances";

  private final Prompts prompts;
  private final InstanceCleaner cleaner;

  InstanceReplies(Prompts prompts) {
    this.prompts = prompts;
    this.cleaner = new InstanceCleaner(prompts.maxInstances());
  }

  @Override
  public void handle(Example instruction, ChatResult result, Emitter<Example> out) {
    boolean classification = Boolean.TRUE.equals(instruction.isClassification());
    ParsedInstances parsed = InstanceParser.parse(result.text(), classification, result.truncated());
    for (Dropped d : parsed.dropped()) {
      if (d.reason().equals(InstanceParser.REASON_TRUNCATED)) {
        out.reject(Reject.ofText(GenerateInstances.STAGE, TRUNCATED,
            "instance cut off by the length limit (finish_reason length)", d.text()).withSource(instruction.id()));
      }
    }
    CleanedInstances cleaned = cleaner.clean(parsed.instances());
    for (DroppedInstance d : cleaned.dropped()) {
      out.reject(new Reject(GenerateInstances.STAGE, CLEANUP, d.reason() + " (instance " + d.position() + ")",
          null, instruction.withContent(instruction.instruction(), d.instance().input(), d.instance().output()),
          null, instruction.id()));
    }
    if (cleaned.kept().isEmpty()) {
      String why = parsed.instances().isEmpty()
          ? "no instance could be parsed from the reply" + reasons(parsed)
          : "all " + parsed.instances().size() + " parsed instances were removed by the clean-up";
      out.reject(Reject.ofExample(GenerateInstances.STAGE, NO_INSTANCES, why, instruction));
      return;
    }
    RenderedPrompt prompt = prompts.instancesPrompt(instruction);
    for (Instance inst : cleaned.kept()) {
      Example example = instruction.withContent(instruction.instruction(), inst.input(), inst.output())
          .withProvenance(instruction.provenance().withModel(result.model())
              .withPrompt(prompt.templateId(), prompt.templateVersion(), result.promptHash()));
      out.output(example);
    }
  }

  private static String reasons(ParsedInstances parsed) {
    return parsed.dropped().isEmpty() ? "" : " (" + parsed.dropped().get(0).reason() + ")";
  }
}
