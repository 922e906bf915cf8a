package io.instruct4j.cli;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.pipelines.RootConfig;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code instruct4j llm ...}: commands that talk to the configured model endpoint. */
@Command(name = "llm", mixinStandardHelpOptions = true, description = "Check the model endpoint.",
    subcommands = {LlmCommand.Ping.class})
public final class LlmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.USAGE;
  }

  /** {@code instruct4j llm ping}: one uncached request; prints model, latency and tokens, or a diagnosis. */
  @Command(name = "ping", mixinStandardHelpOptions = true,
      description = {"Send one short request to the configured endpoint (never cached) and report",
        "the model, latency and tokens, or say what to fix."})
  public static final class Ping implements Callable<Integer> {

    @Mixin ConfigOptions options;

    @Mixin VerboseOption verbose;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      RootConfig config = options.load();
      // No cache and no retries: ping must reach the endpoint now and report what it says.
      LlmConfig llm = config.llm().withCacheFile(null).withRetries(0, config.llm().timeoutSeconds()).validated();
      PrintWriter out = spec.commandLine().getOut();
      out.printf("pinging %s (model %s)...%n", llm.usesEmbeddedModel() ? "the embedded backend" : llm.baseUrl(),
          llm.modelName());
      out.flush();
      try (LlmGateway gateway = LlmGateway.create(llm)) {
        long start = System.nanoTime();
        ChatResult reply = gateway.chat(ChatCall.user("ping",
            "Reply with the single word: pong", new GenerationParams(0.0, null, 8, null, null)));
        double ms = (System.nanoTime() - start) / 1e6;
        out.printf(Locale.ROOT, "ok: model %s answered in %.0f ms (%d prompt + %d completion tokens, finish %s): %s%n",
            reply.model(), ms, reply.promptTokens(), reply.completionTokens(),
            reply.finishReason().name().toLowerCase(Locale.ROOT), reply.text().strip());
        return Cli.OK;
      }
    }
  }
}
