package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfinstruct.filter.PaperFilters;
import io.instruct4j.selfinstruct.parse.TruncationPolicy;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * One Self-Instruct round: bootstrap prompts → instructions → the paper's filters → ROUGE-L
 * against the pool → classification check → instances → clean-up.
 */
public final class BootstrapRound extends PTransform<PBegin, RoundResult> {

  private final RoundSpec spec;
  private final LlmClientFactory llm;

  public BootstrapRound(RoundSpec spec, LlmClientFactory llm) {
    this.spec = spec;
    this.llm = llm;
  }

  @Override
  public RoundResult expand(PBegin begin) {
    Prompts prompts = new Prompts(spec.config(), spec.language());
    PCollection<BootstrapRequest> requests = begin.apply("Prompts",
        Create.of(spec.requests()).withCoder(SerializableCoder.of(BootstrapRequest.class)));
    StepResult<Candidate> generated = requests.apply("GenerateInstructions",
        GenerateInstructions.of(prompts, llm, PaperFilters.fromConfig(spec.config(), spec.language()),
            TruncationPolicy.fromConfig(spec.config().truncation())));
    StepResult<Example> accepted = generated.output().apply("FilterSimilar",
        new FilterSimilar(spec.pool(), spec.config().rougeLThreshold(), spec.language()));
    StepResult<Example> classified = accepted.output().apply("ClassifyTasks",
        ClassifyTasks.of(prompts, llm, spec.config().classifyRetries()));
    StepResult<Example> instances = classified.output().apply("GenerateInstances",
        GenerateInstances.of(prompts, llm));

    PCollection<Reject> rejects = PCollectionList.of(generated.rejects()).and(accepted.rejects())
        .and(classified.rejects()).and(instances.rejects()).apply("AllRejects", Flatten.pCollections());
    PCollection<DeadLetter> dead = PCollectionList.of(generated.deadLetters()).and(accepted.deadLetters())
        .and(classified.deadLetters()).and(instances.deadLetters()).apply("AllDeadLetters", Flatten.pCollections());
    return new RoundResult(accepted.output(), classified.output(), instances.output(), rejects, dead);
  }
}
