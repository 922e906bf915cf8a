package io.instruct4j.finetune.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import io.instruct4j.finetune.train.TinyLlama;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlamaModelTest {

  @TempDir Path dir;

  @Test
  void should_match_a_plain_java_reference_forward_pass() {
    TinyLlama tiny = new TinyLlama();
    tiny.write(dir);
    long[] ids = {1, 40, 7, 250, 33, 2, 19, 101, 5};
    double[][] expected = new ReferenceLlama(tiny.config(), tiny.weights()).logits(ids);
    try (NDManager root = Engine.getEngine("PyTorch").newBaseManager();
        LlamaModel unit = LlamaModel.load(dir, root)) {
      float[][][] actual = unit.logits(new long[][] {ids}, LoraAdapter.none());
      for (int t = 0; t < ids.length; t++) {
        for (int v = 0; v < tiny.vocab; v++) {
          assertThat((double) actual[0][t][v]).as("t=%d v=%d", t, v).isCloseTo(expected[t][v], within(2e-4));
        }
      }
    }
  }

  @Test
  void should_match_the_reference_with_tied_embeddings_and_one_kv_head_per_query_head() {
    TinyLlama tiny = new TinyLlama();
    tiny.tie = true;
    tiny.kvHeads = 4;
    tiny.write(dir);
    long[] ids = {1, 3, 4, 7, 299};
    double[][] expected = new ReferenceLlama(tiny.config(), tiny.weights()).logits(ids);
    try (NDManager root = Engine.getEngine("PyTorch").newBaseManager();
        LlamaModel unit = LlamaModel.load(dir, root)) {
      float[][][] actual = unit.logits(new long[][] {ids}, LoraAdapter.none());
      for (int t = 0; t < ids.length; t++) {
        for (int v = 0; v < tiny.vocab; v++) {
          assertThat((double) actual[0][t][v]).isCloseTo(expected[t][v], within(2e-4));
        }
      }
    }
  }

  @Test
  void should_give_a_row_the_same_logits_alone_and_next_to_a_different_row() {
    new TinyLlama().write(dir);
    try (NDManager root = Engine.getEngine("PyTorch").newBaseManager();
        LlamaModel unit = LlamaModel.load(dir, root)) {
      float[][][] alone = unit.logits(new long[][] {{1, 20, 30, 40}}, LoraAdapter.none());
      float[][][] batched = unit.logits(new long[][] {{5, 6, 7, 8}, {1, 20, 30, 40}}, LoraAdapter.none());
      for (int t = 0; t < 4; t++) {
        assertThat(batched[1][t]).containsExactly(alone[0][t], org.assertj.core.data.Offset.offset(1e-5f));
      }
      assertThat(List.of(batched[0][0][0])).isNotEqualTo(List.of(alone[0][0][0]));
    }
  }
}
