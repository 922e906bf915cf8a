package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.LlmResult;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfinstruct.parse.ClassificationAnswerParser;
import java.util.Optional;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Asks whether each instruction is a classification task; an answer that stays unparseable is a reject, never a guess. */
public final class ClassifyTasks extends PTransform<PCollection<Example>, StepResult<Example>> {

  static final String STAGE = "classify";
  /** Filter name of instructions whose Yes/No answer could not be read after the resamples. */
  public static final String UNPARSEABLE = "unparseable_classification";

  private final Prompts prompts;
  private final LlmClientFactory llm;
  private final int retries;

  public ClassifyTasks(Prompts prompts, LlmClientFactory llm, int retries) {
    this.prompts = prompts;
    this.llm = llm;
    this.retries = retries;
  }

  @Override
  public StepResult<Example> expand(PCollection<Example> instructions) {
    LlmResult<Example> replies = instructions.apply("AskYesNo",
        CallLlm.of(STAGE, llm, prompts::classify)
            .withDescription(Json::toLine)
            .withResampling(ClassifyTasks::readable, retries, prompts.classifyResample()));
    TupleTag<Example> classified = new TupleTag<>() {};
    TupleTag<Reject> rejects = new TupleTag<>() {};
    PCollectionTuple out = replies.replies().apply("ParseAnswer",
        ParDo.of(new ParseAnswerFn(classified, rejects)).withOutputTags(classified, TupleTagList.of(rejects)));
    return new StepResult<>(
        out.get(classified).setCoder(JsonCoder.of(Example.class)),
        out.get(rejects).setCoder(JsonCoder.of(Reject.class)),
        replies.failures());
  }

  static Boolean readable(ChatResult reply) {
    return ClassificationAnswerParser.parse(reply.text()).isPresent();
  }

  /** Sets the classification flag, or records the unreadable answer. */
  static final class ParseAnswerFn extends DoFn<KV<Example, ChatResult>, Example> {
    private final TupleTag<Example> classified;
    private final TupleTag<Reject> rejects;

    ParseAnswerFn(TupleTag<Example> classified, TupleTag<Reject> rejects) {
      this.classified = classified;
      this.rejects = rejects;
    }

    @ProcessElement
    public void process(@Element KV<Example, ChatResult> reply, MultiOutputReceiver out) {
      Optional<Boolean> answer = ClassificationAnswerParser.parse(reply.getValue().text());
      if (answer.isPresent()) {
        out.get(classified).output(reply.getKey().withClassification(answer.get()));
      } else {
        String text = reply.getValue().text().strip();
        out.get(rejects).output(Reject.ofExample(STAGE, UNPARSEABLE,
            "no Yes/No answer in the reply: '" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "'",
            reply.getKey()));
      }
    }
  }
}
