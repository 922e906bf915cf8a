package io.instruct4j.core.llm;

/**
 * The serializable recipe a pipeline carries: only the config travels (it holds no secret), and
 * {@link #open()} returns the JVM-wide gateway where the DoFn runs.
 *
 * @param config the llm settings
 */
record SharedGatewayFactory(LlmConfig config) implements LlmClientFactory {

  @Override
  public LlmClient open() {
    return LlmGateway.shared(config);
  }
}
