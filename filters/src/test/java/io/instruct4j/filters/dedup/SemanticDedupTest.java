package io.instruct4j.filters.dedup;

import static io.instruct4j.filters.dedup.ExactDedupTest.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SemanticDedupTest {

  private static final Pattern COSINE = Pattern.compile(
      "cosine (0\\.\\d{4}) >= threshold (0\\.\\d{4}) with kept (ex-[0-9a-f]{16}) \\(embeddings of instruction_input_output\\)");

  private static EmbeddingModel miniLm;

  private final Example reset = example("How do I reset my password?", "", "");
  private final Example steps = example("What are the steps to reset my password?", "", "");
  private final Example france = example("What is the capital of France?", "", "");
  private final Example howCan = example("How can I reset my password?", "", "");
  private final Example cake = example("Give me a recipe for chocolate cake.", "", "");

  @BeforeAll
  static void loadModel() {
    miniLm = new AllMiniLmL6V2EmbeddingModel();
  }

  /** Cosines measured with MiniLM: steps 0.9448, howCan 0.9917 to reset; unrelated pairs <= 0.12. */
  @Test
  void should_reject_paraphrases_at_0_9_and_keep_unrelated_questions() {
    SemanticDedup unit = new SemanticDedup(miniLm, SemanticConfig.defaults().withThreshold(0.9));

    DedupResult result = unit.run(List.of(reset, steps, france, howCan, cake));

    assertThat(result.kept()).containsExactly(reset, france, cake);
    assertThat(result.rejects()).extracting(Reject::example).containsExactly(steps, howCan);
    assertThat(result.rejects()).extracting(Reject::duplicateOf).containsOnly(reset.id());
    assertThat(result.rejects()).extracting(Reject::filter).containsOnly("semantic_duplicate");
    assertCosine(result.rejects().get(0), 0.9448, "0.9000", reset);
    assertCosine(result.rejects().get(1), 0.9917, "0.9000", reset);
    assertThat(result.clusters()).containsExactly(new DuplicateCluster(
        "semantic_duplicate-1", reset.id(), List.of(reset.id(), steps.id(), howCan.id())));
    assertThat(result.inputCount()).isEqualTo(5);
  }

  @Test
  void should_keep_the_paraphrase_at_the_default_threshold_but_reject_the_restatement() {
    SemanticDedup unit = new SemanticDedup(miniLm, SemanticConfig.defaults());

    DedupResult result = unit.run(List.of(reset, steps, france, howCan));

    assertThat(result.kept()).containsExactly(reset, steps, france);
    assertThat(result.rejects()).hasSize(1);
    assertCosine(result.rejects().get(0), 0.9917, "0.9500", reset);
  }

  @Test
  void should_give_the_same_result_whether_the_match_is_in_the_batch_or_in_the_index() {
    List<Example> examples = List.of(reset, france, cake, steps, howCan);
    SemanticConfig config = SemanticConfig.defaults().withThreshold(0.9);

    DedupResult oneBatch = new SemanticDedup(miniLm, config).run(examples);
    DedupResult batchesOfTwo = new SemanticDedup(miniLm, config.withBatchSize(2)).run(examples);
    DedupResult oneByOne = new SemanticDedup(miniLm, config.withBatchSize(1)).run(examples);

    assertThat(oneBatch.kept()).containsExactly(reset, france, cake);
    assertThat(batchesOfTwo.kept()).isEqualTo(oneBatch.kept());
    assertThat(oneByOne.kept()).isEqualTo(oneBatch.kept());
    assertThat(batchesOfTwo.clusters()).isEqualTo(oneBatch.clusters());
    assertThat(oneByOne.clusters()).isEqualTo(oneBatch.clusters());
  }

  @Test
  void should_use_a_plugged_in_model_and_normalize_its_vectors() {
    // Unnormalized on purpose: a is (1,0,0) scaled by 5; b has cosine 0.96 with a; c is orthogonal.
    EmbeddingModel fake = new FixedModel(Map.of(
        "a", new float[] {5f, 0f, 0f},
        "b", new float[] {0.96f, 0.28f, 0f},
        "c", new float[] {0f, 0f, 2f},
        "d", new float[] {0f, 3f, 0f}));
    Example a = example("a", "", "");
    Example b = example("b", "", "");
    Example c = example("c", "", "");
    Example d = example("d", "", "");

    DedupResult result = new SemanticDedup(fake, SemanticConfig.defaults().withBatchSize(2))
        .run(List.of(a, c, b, d, a));

    assertThat(result.kept()).containsExactly(a, c, d);
    assertThat(result.rejects()).extracting(Reject::reason).containsExactly(
        "cosine 0.9600 >= threshold 0.9500 with kept " + a.id() + " (embeddings of instruction_input_output)",
        "cosine 1.0000 >= threshold 0.9500 with kept " + a.id() + " (embeddings of instruction_input_output)");
  }

  @Test
  void should_fail_clearly_when_the_model_returns_the_wrong_number_of_embeddings() {
    EmbeddingModel broken = new EmbeddingModel() {
      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(List.of());
      }
    };
    SemanticDedup unit = new SemanticDedup(broken, SemanticConfig.defaults());

    assertThatThrownBy(() -> unit.run(List.of(reset)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith(" returned 0 embeddings for 1 texts");
  }

  @Test
  void should_refuse_bad_settings_naming_them() {
    SemanticConfig defaults = SemanticConfig.defaults();
    assertThatThrownBy(() -> defaults.withThreshold(1.5))
        .hasMessage("curate.semantic_duplicate.threshold must be in (0, 1], got 1.5");
    assertThatThrownBy(() -> defaults.withBatchSize(0))
        .hasMessage("curate.semantic_duplicate.batch_size must be in [1, 4096], got 0");
    assertThatThrownBy(() -> defaults.withNeighbours(0))
        .hasMessage("curate.semantic_duplicate.neighbours must be in [1, 1000], got 0");
    assertThatThrownBy(() -> defaults.withFields(null))
        .hasMessage("curate.semantic_duplicate.fields must be set, got null");
  }

  /** ONNX results can differ in the last digits between CPUs, so the measured cosine is pinned to ±0.003. */
  private static void assertCosine(Reject reject, double measured, String threshold, Example kept) {
    Matcher m = COSINE.matcher(reject.reason());
    assertThat(m.matches()).as(reject.reason()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isCloseTo(measured, within(0.003));
    assertThat(m.group(2)).isEqualTo(threshold);
    assertThat(m.group(3)).isEqualTo(kept.id());
  }

  /** A model that maps known texts to fixed vectors. */
  private record FixedModel(Map<String, float[]> vectors) implements EmbeddingModel {
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      return Response.from(segments.stream()
          .map(s -> Embedding.from(vectors.get(s.text()).clone()))
          .toList());
    }
  }
}
