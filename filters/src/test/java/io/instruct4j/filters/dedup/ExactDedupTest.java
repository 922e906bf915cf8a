package io.instruct4j.filters.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Reject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactDedupTest {

  private final ExactDedup unit = new ExactDedup();

  @Test
  void should_reject_width_case_and_punctuation_variants_of_the_first_example() {
    Example first = example("Translate the sentence: Hello, World!", "", "Bonjour le monde.");
    Example fullWidth = example("ＴＲＡＮＳＬＡＴＥ　ｔｈｅ　ｓｅｎｔｅｎｃｅ：Ｈｅｌｌｏ，Ｗｏｒｌｄ！", "", "Bonjour le monde");
    Example other = example("Translate the sentence: Goodbye, World!", "", "Au revoir le monde.");
    Example spaced = example("  translate THE sentence   hello world!!! ", "", "bonjour, le monde");

    DedupResult result = unit.run(List.of(first, fullWidth, other, spaced));

    assertThat(result.kept()).containsExactly(first, other);
    assertThat(result.rejects()).containsExactly(reject(fullWidth, first), reject(spaced, first));
    assertThat(result.clusters()).containsExactly(new DuplicateCluster(
        "exact_duplicate-1", first.id(), List.of(first.id(), fullWidth.id(), spaced.id())));
    assertThat(result.inputCount()).isEqualTo(4);
  }

  @Test
  void should_fold_chinese_punctuation_and_stray_spaces() {
    Example first = example("请把这句话翻译成英文：你好，世界！", "", "Hello, world!");
    Example variant = example("请把这句话翻译成英文 你好 世界", "", "hello world");
    Example different = example("请把这句话翻译成英文：再见，世界！", "", "Goodbye, world!");

    DedupResult result = unit.run(List.of(first, variant, different));

    assertThat(result.kept()).containsExactly(first, different);
    assertThat(result.rejects()).containsExactly(reject(variant, first));
  }

  @Test
  void should_keep_field_boundaries_so_text_moved_between_fields_is_not_a_duplicate() {
    Example split = example("Name a colour", "", "red");
    Example joined = example("Name a colour red", "", "");

    DedupResult result = unit.run(List.of(split, joined));

    assertThat(result.kept()).containsExactly(split, joined);
    assertThat(result.rejects()).isEmpty();
    assertThat(result.clusters()).isEmpty();
  }

  @Test
  void should_compare_only_the_configured_fields() {
    Example first = example("Name a colour.", "", "red");
    Example sameInstruction = example("name a colour", "", "blue");

    DedupResult byInstruction = new ExactDedup(DedupFields.INSTRUCTION).run(List.of(first, sameInstruction));
    DedupResult byAll = unit.run(List.of(first, sameInstruction));

    assertThat(byInstruction.kept()).containsExactly(first);
    assertThat(byInstruction.rejects()).containsExactly(new Reject("curate", "exact_duplicate",
        "normalized instruction identical to kept " + first.id() + " (similarity 1.0000, exact"
            + " match required; compared after NFKC, lower-casing and removing punctuation and"
            + " extra whitespace)",
        null, sameInstruction, first.id(), null));
    assertThat(byAll.kept()).containsExactly(first, sameInstruction);
  }

  @Test
  void should_compare_punctuation_only_texts_as_written() {
    Example questions = example("???", "", "");
    Example exclamations = example("!!!", "", "");
    Example questionsAgain = example("???", "", "");

    DedupResult result = unit.run(List.of(questions, exclamations, questionsAgain));

    assertThat(result.kept()).containsExactly(questions, exclamations);
    assertThat(result.rejects()).extracting(Reject::example).containsExactly(questionsAgain);
  }

  @Test
  void should_stream_with_one_entry_per_distinct_text() {
    Example first = example("Say hi.", "", "Hi!");
    Example again = example("say hi", "", "hi");
    Example other = example("Say bye.", "", "Bye!");
    ExactDedup.Stream stream = unit.open();

    assertThat(stream.offer(first)).isEmpty();
    assertThat(stream.offer(again)).contains(reject(again, first));
    assertThat(stream.offer(other)).isEmpty();
    assertThat(stream.offer(again)).contains(reject(again, first));
    assertThat(stream.distinct()).isEqualTo(2);
  }

  @Test
  void should_account_for_every_input_in_a_large_run() {
    // Large enough to be hashed in several parallel chunks, with duplicates across chunks.
    List<Example> examples = new java.util.ArrayList<>();
    for (int i = 0; i < 15000; i++) {
      // 5000 distinct texts, each three times: as written, upper-cased, with trailing punctuation.
      String text = "Write item number " + (i % 5000);
      examples.add(example(switch (i / 5000) {
        case 0 -> text;
        case 1 -> text.toUpperCase(java.util.Locale.ROOT);
        default -> text + "?!";
      }, "", "ok"));
    }

    DedupResult result = unit.run(examples);

    assertThat(result.kept()).containsExactlyElementsOf(examples.subList(0, 5000));
    assertThat(result.rejects()).hasSize(10000);
    assertThat(result.clusters()).hasSize(5000).allSatisfy(c -> assertThat(c.size()).isEqualTo(3));
    assertThat(result.clusters().get(4999).clusterId()).isEqualTo("exact_duplicate-5000");
    for (int i = 0; i < 10000; i++) {
      assertThat(result.rejects().get(i).duplicateOf()).isEqualTo(examples.get(i % 5000).id());
    }
  }

  @Test
  void should_refuse_missing_fields_naming_the_setting() {
    assertThatThrownBy(() -> new ExactDedup(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("curate.exact_duplicate.fields must be set, got null");
  }

  private Reject reject(Example duplicate, Example kept) {
    return new Reject("curate", "exact_duplicate",
        "normalized instruction_input_output identical to kept " + kept.id() + " (similarity"
            + " 1.0000, exact match required; compared after NFKC, lower-casing and removing"
            + " punctuation and extra whitespace)",
        null, duplicate, kept.id(), null);
  }

  static Example example(String instruction, String input, String output) {
    return Example.of(instruction, input, output, Method.SELF_INSTRUCT, "en");
  }
}
