package io.instruct4j.filters.curate;

import static io.instruct4j.filters.curate.DedupChainTest.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.filters.dedup.DedupFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one curate test that loads the bundled MiniLM model (a second or two). */
class SemanticChainTest {

  @Test
  void should_catch_a_restatement_that_exact_and_near_dedup_let_through() {
    CurateConfig config = CurateConfig.defaults().withSemanticDuplicate(
        new SemanticDuplicateSettings(true, null, DedupFields.INSTRUCTION, null, null));
    DedupChain unit = DedupChain.fromConfig(config);
    Candidate reset = candidate(0, "How do I reset my password?", "", "Open Settings, choose Security, then Reset password.");
    Candidate france = candidate(1, "What is the capital of France?", "", "Paris.");
    Candidate howCan = candidate(2, "How can I reset my password?", "", "Go to Settings > Security > Reset password.");
    Candidate resetAgain = candidate(3, "how do I reset my password", "", "open settings, choose security, then reset password");

    DedupChainResult result = unit.run(List.of(reset, france, howCan, resetAgain));

    String resetId = reset.example().id();
    assertThat(unit.steps()).containsExactly(
        CurateStep.EXACT_DUPLICATE, CurateStep.NEAR_DUPLICATE, CurateStep.SEMANTIC_DUPLICATE);
    assertThat(result.kept()).containsExactly(reset, france);
    assertThat(result.rejects()).extracting(StepReject::step, StepReject::position).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CurateStep.EXACT_DUPLICATE, 3L),
        org.assertj.core.groups.Tuple.tuple(CurateStep.SEMANTIC_DUPLICATE, 2L));
    assertThat(result.rejects().get(1).reject().reason()).isEqualTo(
        "cosine 0.9917 >= threshold 0.9500 with kept " + resetId + " (embeddings of instruction)");
    assertThat(result.clusters()).extracting(StepCluster::cluster).containsExactly(
        new ClusterLine("exact_duplicate", "exact_duplicate-1", resetId, List.of(resetId, resetAgain.example().id()),
            List.of("data.jsonl:1", "data.jsonl:4"), 2, 1.0),
        new ClusterLine("semantic_duplicate", "semantic_duplicate-1", resetId, List.of(resetId, howCan.example().id()),
            List.of("data.jsonl:1", "data.jsonl:3"), 2, 0.9917));
  }
}
