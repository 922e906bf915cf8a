package io.instruct4j.selfkg.pipeline;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfkg.SelfKgConfig;
import io.instruct4j.selfkg.kg.Triple;
import io.instruct4j.selfkg.prompt.KgPrompts;
import io.instruct4j.selfkg.template.RelationTemplates;
import io.instruct4j.selfkg.validate.QaValidator;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Self-KG as one Beam transform: facts → groups by entity → template and/or LLM candidates →
 * validation against the graph's names → one example per question. Every entity ends as
 * candidates, a reject or a dead letter, and every candidate as an example or a reject.
 */
public final class GenerateFromKg extends PTransform<PCollection<Triple>, StepResult<Example>> {

  private final SelfKgConfig config;
  private final String language;
  private final RelationTemplates templates;
  private final KgPrompts prompts;
  private final LlmClientFactory llm;

  /**
   * @param llm the model; null when {@code config.generator()} is {@code template}
   */
  public GenerateFromKg(SelfKgConfig config, String language, RelationTemplates templates, LlmClientFactory llm) {
    this.config = Objects.requireNonNull(config, "config");
    this.language = language;
    this.templates = Objects.requireNonNull(templates, "templates");
    if (config.usesLlm() && llm == null) {
      throw new IllegalArgumentException("self_kg.generator " + config.generator() + " needs an LLM");
    }
    this.prompts = config.usesLlm() ? new KgPrompts(config, language) : null;
    this.llm = llm;
  }

  @Override
  public StepResult<Example> expand(PCollection<Triple> facts) {
    PCollection<FactGroup> groups = facts.apply("GroupFacts", new GroupFacts(config.hops()));
    PCollectionList<Candidate> candidates = PCollectionList.empty(facts.getPipeline());
    PCollectionList<Reject> rejects = PCollectionList.empty(facts.getPipeline());
    PCollectionList<DeadLetter> dead = PCollectionList.empty(facts.getPipeline());
    if (config.usesTemplates()) {
      candidates = candidates.and(groups.apply("TemplateQuestions", ParDo.of(new TemplateQuestionsFn(templates)))
          .setCoder(JsonCoder.of(Candidate.class)));
    }
    if (config.usesLlm()) {
      StepResult<Candidate> generated = groups
          .apply("CapFacts", ParDo.of(new CapFactsFn(config.maxFactsPerPrompt())))
          .setCoder(JsonCoder.of(PromptRequest.class))
          .apply("GenerateQa", GenerateQa.of(prompts, llm, config.replyRetries()));
      candidates = candidates.and(generated.output());
      rejects = rejects.and(generated.rejects());
      dead = dead.and(generated.deadLetters());
    }
    PCollectionView<List<String>> vocabulary = facts
        .apply("Names", ParDo.of(new Names())).setCoder(StringUtf8Coder.of())
        .apply("DistinctNames", Distinct.create())
        .apply("NamesView", View.asList());
    TupleTag<Example> valid = new TupleTag<>() {};
    TupleTag<Reject> invalid = new TupleTag<>() {};
    PCollectionTuple validated = candidates.apply("AllCandidates", Flatten.pCollections())
        .apply("Validate", ParDo.of(new ValidateFn(new QaValidator(templates, config.answerMustMention()), vocabulary,
                language, config.minNameChars(), config.ignoreNames(), valid, invalid))
            .withSideInputs(vocabulary).withOutputTags(valid, TupleTagList.of(invalid)));
    StepResult<Example> deduped = validated.get(valid).setCoder(JsonCoder.of(Example.class))
        .apply("DropDuplicates", new DropDuplicates());
    rejects = rejects.and(validated.get(invalid).setCoder(JsonCoder.of(Reject.class))).and(deduped.rejects());
    return new StepResult<>(deduped.output(),
        flatten(rejects, "AllRejects", JsonCoder.of(Reject.class)),
        flatten(dead, "AllDeadLetters", JsonCoder.of(DeadLetter.class)));
  }

  private static <T> PCollection<T> flatten(PCollectionList<T> list, String name, JsonCoder<T> coder) {
    if (list.size() == 0) {
      return list.getPipeline().apply(name, Create.empty(coder));
    }
    return list.apply(name, Flatten.<T>pCollections()).setCoder(coder);
  }

  /** Every head and tail: the vocabulary of the unsupported-entity check. */
  static final class Names extends DoFn<Triple, String> {
    @ProcessElement
    public void process(@Element Triple t, OutputReceiver<String> out) {
      out.output(t.head());
      out.output(t.tail());
    }
  }
}
