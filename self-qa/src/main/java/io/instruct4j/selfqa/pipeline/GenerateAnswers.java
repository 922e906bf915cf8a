package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.LlmResult;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfqa.filter.AnswerFilters;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Asks the model to answer each question from its chunk, and keeps the answers that pass the filters. */
public final class GenerateAnswers extends PTransform<PCollection<Question>, StepResult<Example>> {

  private final QaPrompts prompts;
  private final LlmClientFactory llm;
  private final AnswerFilters filters;

  public GenerateAnswers(QaPrompts prompts, LlmClientFactory llm, AnswerFilters filters) {
    this.prompts = prompts;
    this.llm = llm;
    this.filters = filters;
  }

  @Override
  public StepResult<Example> expand(PCollection<Question> questions) {
    LlmResult<Question> replies = questions.apply("AskForAnswers",
        CallLlm.of(Stages.ANSWERS, llm, prompts::answer).withDescription(Json::toLine));
    TupleTag<Example> examples = new TupleTag<>() {};
    TupleTag<Reject> rejects = new TupleTag<>() {};
    PCollectionTuple parsed = replies.replies().apply("ParseAndFilter",
        ParDo.of(new ParseAnswersFn(prompts, filters, examples, rejects))
            .withOutputTags(examples, TupleTagList.of(rejects)));
    return new StepResult<>(
        parsed.get(examples).setCoder(JsonCoder.of(Example.class)),
        parsed.get(rejects).setCoder(JsonCoder.of(Reject.class)),
        replies.failures());
  }
}
