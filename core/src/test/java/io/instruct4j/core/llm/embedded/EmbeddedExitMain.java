package io.instruct4j.core.llm.embedded;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmException;
import io.instruct4j.core.llm.LlmGateway;

/**
 * A program that loads a model, generates, prints the reply and leaves main without closing
 * anything or calling System.exit: {@code EmbeddedShutdownTest} runs it in a fresh JVM to see
 * that the JVM ends anyway. Arguments: the model file, then {@code return}, {@code throw} or
 * {@code report} (print the load failure, if any, and return).
 */
public final class EmbeddedExitMain {

  private EmbeddedExitMain() {}

  public static void main(String[] args) {
    LlmConfig config = LlmConfig.embedded(args[0]).withEmbeddedSettings(256, 1, 0);
    if (args[1].equals("report")) {
      try {
        LlmGateway.shared(config);
      } catch (LlmException e) {
        System.out.println("error: " + e.getMessage());
      }
      return;
    }
    String text = LlmGateway.shared(config)
        .chat(ChatCall.user("exit", "hello", new GenerationParams(0.0, null, 4, null, null))).text();
    System.out.println("reply: [" + text + "]");
    if (args[1].equals("throw")) {
      throw new IllegalStateException("main fails after the reply");
    }
  }
}
