package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.record.Example;
import io.instruct4j.selfinstruct.SelfInstructConfig;
import io.instruct4j.core.prompt.RenderedPrompt;
import io.instruct4j.selfinstruct.prompt.SelfInstructPrompts;
import java.io.Serializable;

/**
 * Turns work items into model calls: the language's templates plus the sampling parameters of
 * each step. Bootstrap samples (the paper's temperature 0.7, top_p 0.5); the classification
 * check and instance generation are greedy, as in the reference code.
 */
public final class Prompts implements Serializable {

  /** Enough for "Yes"/"No" with a little chatter around it. */
  private static final int CLASSIFY_MAX_TOKENS = 16;

  private final SelfInstructPrompts templates;
  private final GenerationParams sampling;
  private final GenerationParams greedyShort;
  private final GenerationParams greedy;
  private final int maxInstances;

  public Prompts(SelfInstructConfig config, String language) {
    this.templates = SelfInstructPrompts.forLanguage(language);
    this.sampling = GenerationParams.of(config.temperature(), config.topP(), config.maxTokens());
    this.greedyShort = new GenerationParams(0.0, null, CLASSIFY_MAX_TOKENS, null, null);
    this.greedy = new GenerationParams(0.0, null, config.maxTokens(), null, null);
    this.maxInstances = config.maxInstances();
  }

  public String language() {
    return templates.language();
  }

  public ChatCall bootstrap(BootstrapRequest request) {
    return ChatCall.user(GenerateInstructions.STAGE, templates.bootstrap(request.examples()).text(), sampling);
  }

  public RenderedPrompt bootstrapTemplate(BootstrapRequest request) {
    return templates.bootstrap(request.examples());
  }

  public ChatCall classify(Example instruction) {
    return ChatCall.user(ClassifyTasks.STAGE, templates.classify(instruction.instruction()).text(), greedyShort);
  }

  /** Resamples of an unparseable Yes/No answer must differ from the greedy first answer. */
  public GenerationParams classifyResample() {
    return new GenerationParams(sampling.temperature(), sampling.topP(), CLASSIFY_MAX_TOKENS, null, null);
  }

  public ChatCall instances(Example instruction) {
    return ChatCall.user(GenerateInstances.STAGE, instancesPrompt(instruction).text(), greedy);
  }

  public RenderedPrompt instancesPrompt(Example instruction) {
    return templates.instances(instruction.instruction(), Boolean.TRUE.equals(instruction.isClassification()), maxInstances);
  }

  public int maxInstances() {
    return maxInstances;
  }
}
