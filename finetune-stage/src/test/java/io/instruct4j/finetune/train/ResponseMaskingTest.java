package io.instruct4j.finetune.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import io.instruct4j.finetune.train.model.ExpectedTensors;
import io.instruct4j.finetune.train.model.LlamaModel;
import io.instruct4j.finetune.train.model.LoraAdapter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loss counts response tokens (and EOS) only, never prompt tokens. */
class ResponseMaskingTest {

  @TempDir Path dir;

  private double firstStepLoss(Path model, Path data) {
    return new LoraTrainer(TrainConfig.builder().setModelDir(model).setDataFile(data)
        .setOutputDir(dir.resolve("out-" + data.getFileName())).optMaxSeqLength(32).optBatchSize(8)
        .optDropout(0).optMaxSteps(1).optLogEvery(0).build()).run().losses().get(0);
  }

  @Test
  void should_give_exactly_ln_vocab_when_every_logit_is_zero() {
    TinyLlama tiny = new TinyLlama();
    // every weight zero except lm_head: hidden states are 0, so all 320 logits are 0
    tiny.init = (name, i) -> name.equals(ExpectedTensors.LM_HEAD) ? null : 0f;
    Path model = tiny.write(dir.resolve("model"));
    Path data = TrainData.answers(dir.resolve("data.jsonl"), 6);

    assertThat(firstStepLoss(model, data)).isCloseTo(Math.log(320), within(1e-6));
  }

  @Test
  void should_average_minus_log_p_over_the_response_tokens_only() {
    TinyLlama tiny = new TinyLlama();
    // identical embedding rows: every position sees the same input, so every position has the
    // same next-token distribution whatever the tokens are; only which labels count matters
    tiny.init = (name, i) -> name.equals(ExpectedTensors.EMBED) ? (float) Math.sin(1 + i % 32) : null;
    Path model = tiny.write(dir.resolve("model"));
    double[] logProbs;
    try (NDManager root = Engine.getEngine("PyTorch").newBaseManager();
        LlamaModel m = LlamaModel.load(model, root)) {
      logProbs = logSoftmax(m.logits(new long[][] {{1, 5, 9}}, LoraAdapter.none())[0][0]);
    }
    String response = "the answer is w3";
    List<Integer> targets = List.of(TinyLlama.id("the"), TinyLlama.id("answer"), TinyLlama.id("is"),
        TinyLlama.id("w3"), TinyLlama.EOS);
    double expected = -targets.stream().mapToDouble(t -> logProbs[t]).average().orElseThrow();

    double loss = firstStepLoss(model, TrainData.write(dir.resolve("a.jsonl"),
        List.of(TrainData.row("answer the words", "w10 ?", response))));
    double otherPrompt = firstStepLoss(model, TrainData.write(dir.resolve("b.jsonl"),
        List.of(TrainData.row("copy the words , sort the words", "w90 w91 w92 w93 w94 w95", response))));
    double otherResponse = firstStepLoss(model, TrainData.write(dir.resolve("c.jsonl"),
        List.of(TrainData.row("answer the words", "w10 ?", "the answer is w4"))));

    assertThat(loss).isCloseTo(expected, within(1e-5));
    assertThat(otherPrompt).isCloseTo(loss, within(1e-6));
    assertThat(Math.abs(otherResponse - loss)).isGreaterThan(1e-3);
  }

  private static double[] logSoftmax(float[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (float l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    for (float l : logits) {
      sum += Math.exp(l - max);
    }
    double[] out = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      out[i] = logits[i] - max - Math.log(sum);
    }
    return out;
  }
}
