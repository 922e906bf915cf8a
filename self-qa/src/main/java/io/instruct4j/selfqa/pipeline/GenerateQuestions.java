package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.LlmResult;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.filter.QuestionFilters;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Asks the model for questions about each chunk, parses the replies and filters the questions. */
public final class GenerateQuestions extends PTransform<PCollection<Chunk>, StepResult<Question>> {

  private final QaPrompts prompts;
  private final LlmClientFactory llm;
  private final QuestionFilters filters;

  public GenerateQuestions(QaPrompts prompts, LlmClientFactory llm, QuestionFilters filters) {
    this.prompts = prompts;
    this.llm = llm;
    this.filters = filters;
  }

  @Override
  public StepResult<Question> expand(PCollection<Chunk> chunks) {
    LlmResult<Chunk> replies = chunks.apply("AskForQuestions",
        CallLlm.of(Stages.QUESTIONS, llm, prompts::questions).withDescription(Json::toLine));
    TupleTag<Question> questions = new TupleTag<>() {};
    TupleTag<Reject> rejects = new TupleTag<>() {};
    PCollectionTuple parsed = replies.replies().apply("ParseAndFilter",
        ParDo.of(new ParseQuestionsFn(prompts, filters, questions, rejects))
            .withOutputTags(questions, TupleTagList.of(rejects)));
    return new StepResult<>(
        parsed.get(questions).setCoder(JsonCoder.of(Question.class)),
        parsed.get(rejects).setCoder(JsonCoder.of(Reject.class)),
        replies.failures());
  }
}
