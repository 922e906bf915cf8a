package io.instruct4j.core.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.FinishReason;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.llm.LlmClient;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.llm.LlmException;
import io.instruct4j.core.record.Reject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

/** The ask-then-parse step on the DirectRunner, with a model that echoes its prompt. */
class AskAndParseTest {

  private static final Map<String, ConcurrentLinkedQueue<String>> BINS = new ConcurrentHashMap<>();

  /** Replies {@code "echo: <prompt>"}; the prompt {@code boom} fails for good. */
  static final class EchoModel implements LlmClientFactory {
    @Override
    public LlmClient open() {
      return call -> {
        String prompt = call.messages().get(0).content();
        if (prompt.equals("boom")) {
          throw new LlmException(LlmException.Kind.BAD_REQUEST, "the endpoint refused the prompt", null);
        }
        return new ChatResult("echo: " + prompt, FinishReason.STOP, 3, 2, "echo-1", false, 1, "h-" + prompt);
      };
    }
  }

  /** One output per word of the reply after the prefix; a reply with the word {@code no} is refused. */
  static final class Words implements ReplyHandler<String, String> {
    @Override
    public void handle(String item, ChatResult reply, Emitter<String> out) {
      String[] words = reply.text().substring("echo: ".length()).split(" ");
      for (String w : words) {
        if (w.equals("no")) {
          out.reject(Reject.ofText("echo", "refused", "the reply says no", reply.text()).withSource(item));
        } else {
          out.output(w + "@" + reply.model());
        }
      }
    }
  }

  static final class Sink<T> extends DoFn<T, Void> {
    private final String bin;

    Sink(String bin) {
      this.bin = bin;
    }

    @ProcessElement
    public void process(@Element T value) {
      BINS.get(bin).add(Json.toLine(value));
    }
  }

  private static <T> void collect(String bin, PCollection<T> values) {
    BINS.put(bin, new ConcurrentLinkedQueue<>());
    values.apply("Collect " + bin, ParDo.of(new Sink<T>(bin)));
  }

  private static List<String> sorted(String bin) {
    List<String> out = new ArrayList<>(BINS.get(bin));
    out.sort(null);
    return out;
  }

  private static AskAndParse<String, String> unit() {
    return AskAndParse.of("AskForWords",
        CallLlm.<String>of("echo", new EchoModel(), s -> ChatCall.user("echo", s, GenerationParams.DEFAULTS)),
        "ParseWords", new Words(), String.class);
  }

  @Test
  void should_route_every_reply_to_outputs_or_rejects_and_every_failed_call_to_dead_letters() {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
    StepResult<String> out = p.apply(Create.of("one two", "yes no", "boom"))
        .apply("Words", unit());
    collect("outputs", out.output());
    collect("rejects", out.rejects());
    collect("dead", out.deadLetters());
    p.run().waitUntilFinish();

    assertThat(sorted("outputs")).containsExactly(
        "\"one@echo-1\"", "\"two@echo-1\"", "\"yes@echo-1\"");
    assertThat(sorted("rejects")).containsExactly(
        "{\"stage\":\"echo\",\"filter\":\"refused\",\"reason\":\"the reply says no\",\"text\":\"echo: yes no\","
            + "\"source\":\"yes no\"}");
    assertThat(sorted("dead")).containsExactly(
        "{\"stage\":\"echo\",\"input\":\"boom\",\"error_type\":\"bad_request\","
            + "\"error\":\"the endpoint refused the prompt\",\"attempts\":1}");
  }

  @Test
  void should_name_the_sub_steps_as_the_caller_asked_and_set_json_coders() {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
    StepResult<String> out = p.apply(Create.of("a")).apply("Words", unit());
    List<String> names = new ArrayList<>();
    p.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitPrimitiveTransform(TransformHierarchy.Node node) {
        names.add(node.getFullName());
      }
    });

    assertThat(names.stream().filter(n -> n.startsWith("Words/")))
        .containsExactly("Words/AskForWords/Call echo", "Words/ParseWords");
    assertThat(out.output().getCoder()).isEqualTo(JsonCoder.of(String.class));
    assertThat(out.rejects().getCoder()).isEqualTo(JsonCoder.of(Reject.class));
  }

  @Test
  void should_refuse_a_blank_step_name_naming_the_argument() {
    CallLlm<String> ask = CallLlm.of("echo", new EchoModel(), s -> ChatCall.user("echo", s, GenerationParams.DEFAULTS));

    assertThatThrownBy(() -> AskAndParse.of(" ", ask, "Parse", new Words(), String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("askName must name the step, got ' '");
    assertThatThrownBy(() -> AskAndParse.of("Ask", ask, null, new Words(), String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parseName must name the step, got 'null'");
  }
}
