package io.instruct4j.finetune.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.finetune.train.TinyLlama;
import io.instruct4j.finetune.train.TrainData;
import io.instruct4j.finetune.train.TrainInputException;
import io.instruct4j.finetune.train.Truncation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SftDatasetTest {

  @TempDir Path dir;
  private Path model;

  @BeforeEach
  void tokenizer() throws Exception {
    model = Files.createDirectories(dir.resolve("model"));
    Files.writeString(model.resolve("tokenizer.json"), TinyLlama.tokenizerJson());
  }

  private static long id(String word) {
    return TinyLlama.id(word);
  }

  @Test
  void should_tokenize_prompt_and_response_and_label_only_the_response_and_eos() {
    Path data = TrainData.write(dir.resolve("d.jsonl"),
        List.of(TrainData.row("answer the words", "w10 ?", "the answer is w0")));
    try (PromptTokenizer tok = PromptTokenizer.open(model)) {
      SftSample unit = SftDataset.load(data, "en", tok, TinyLlama.EOS, 64, Truncation.FAIL).samples().get(0);

      long[] prompt = {1, id("###"), id("Instruction"), id(":"), id("answer"), id("the"), id("words"),
          id("###"), id("Input"), id(":"), id("w10"), id("?"), id("###"), id("Response"), id(":")};
      long[] response = {id("the"), id("answer"), id("is"), id("w0"), TinyLlama.EOS};
      assertThat(unit.ids()).containsExactly(LongStream.concat(LongStream.of(prompt), LongStream.of(response)).toArray());
      assertThat(unit.promptTokens()).isEqualTo(15);
      assertThat(unit.targetCount()).isEqualTo(5);
      long[] labels = unit.labels();
      for (int t = 0; t < 14; t++) {
        assertThat(labels[t]).as("prompt position %d", t).isEqualTo(SftSample.IGNORE);
      }
      assertThat(new long[] {labels[14], labels[15], labels[16], labels[17], labels[18], labels[19]})
          .containsExactly(id("the"), id("answer"), id("is"), id("w0"), TinyLlama.EOS, SftSample.IGNORE);
      assertThat(unit.source()).endsWith("d.jsonl:1");
    }
  }

  @Test
  void should_leave_out_the_input_section_when_the_input_is_empty() {
    Path data = TrainData.write(dir.resolve("d.jsonl"), List.of(TrainData.row("sort the words", "", "w1")));
    try (PromptTokenizer tok = PromptTokenizer.open(model)) {
      SftSample unit = SftDataset.load(data, "en", tok, TinyLlama.EOS, 64, Truncation.FAIL).samples().get(0);
      assertThat(unit.ids()).containsExactly(1, id("###"), id("Instruction"), id(":"), id("sort"), id("the"),
          id("words"), id("###"), id("Response"), id(":"), id("w1"), TinyLlama.EOS);
    }
  }

  @Test
  void should_truncate_long_examples_count_them_and_drop_those_whose_prompt_fills_the_length() {
    Path data = TrainData.write(dir.resolve("d.jsonl"), List.of(
        TrainData.row("answer", "", "w1"),                              // 8 prompt + 2 response = 10
        TrainData.row("answer", "", "w1 w2 w3 w4 w5 w6"),               // 8 + 7 = 15
        TrainData.row("answer", "w1 w2 w3 w4 w5 w6 w7 w8", "w9")));     // prompt alone 19
    try (PromptTokenizer tok = PromptTokenizer.open(model)) {
      SftDataset unit = SftDataset.load(data, "en", tok, TinyLlama.EOS, 12, Truncation.TRUNCATE);

      assertThat(unit.samples()).hasSize(2);
      assertThat(unit.truncated()).isEqualTo(1);
      assertThat(unit.dropped()).isEqualTo(1);
      SftSample cut = unit.samples().get(1);
      assertThat(cut.length()).isEqualTo(12);
      assertThat(cut.promptTokens()).isEqualTo(8);
      assertThat(cut.ids()[11]).isEqualTo(id("w4"));
      assertThat(cut.targetCount()).isEqualTo(4);
    }
  }

  @Test
  void should_refuse_a_long_example_naming_its_line_when_truncation_is_fail() {
    Path data = TrainData.write(dir.resolve("d.jsonl"), List.of(
        TrainData.row("answer", "", "w1"), TrainData.row("answer", "", "w1 w2 w3 w4 w5 w6")));
    try (PromptTokenizer tok = PromptTokenizer.open(model)) {
      assertThatThrownBy(() -> SftDataset.load(data, "en", tok, TinyLlama.EOS, 12, Truncation.FAIL))
          .isInstanceOf(TrainInputException.class)
          .hasMessageContaining("d.jsonl:2")
          .hasMessageContaining("15 tokens long, over maxSeqLength 12");
    }
  }

  @Test
  void should_refuse_an_example_with_an_empty_output() {
    Path data = TrainData.write(dir.resolve("d.jsonl"), List.of(TrainData.row("answer", "", " ")));
    try (PromptTokenizer tok = PromptTokenizer.open(model)) {
      assertThatThrownBy(() -> SftDataset.load(data, "en", tok, TinyLlama.EOS, 12, Truncation.FAIL))
          .isInstanceOf(TrainInputException.class)
          .hasMessageContaining("d.jsonl:1")
          .hasMessageContaining("empty output");
    }
  }

  @Test
  void should_pad_a_micro_batch_and_mask_the_padding() {
    SftSample a = new SftSample(new long[] {1, 5, 6, 7}, 2, "f:1");
    SftSample b = new SftSample(new long[] {1, 8, 9}, 1, "f:2");

    MicroBatch unit = MicroBatch.of(List.of(a, b), 2);

    assertThat(unit.ids()).containsExactly(1, 5, 6, 7, 1, 8, 9, 2);
    assertThat(unit.labels()).containsExactly(-100, 6, 7, -100, 8, 9, -100, -100);
    assertThat(unit.tokens()).isEqualTo(7);
    assertThat(unit.targets()).isEqualTo(4);
  }
}
