package io.instruct4j.filters.dedup;

import static io.instruct4j.filters.dedup.ExactDedupTest.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashDedupTest {

  /** 30 words, 28 distinct 3-word shingles. */
  private static final String GUIDE = "Write a detailed guide that explains how a small team can"
      + " plan build test and ship a mobile application on time while keeping costs low and every"
      + " single user happy";
  /** GUIDE with word 15 changed: 25 of 31 shingles shared, Jaccard 0.8065. */
  private static final String GUIDE_RELEASE = GUIDE.replace("test and ship", "test release ship");
  /** GUIDE_RELEASE with word 23 changed: 0.8065 to GUIDE_RELEASE, 22/34 = 0.6471 to GUIDE. */
  private static final String GUIDE_HOLDING = GUIDE_RELEASE.replace("keeping", "holding");
  /** 30 Han characters, 28 distinct character 3-shingles. */
  private static final String SPRING = "请写一篇关于春天的短文描述公园里盛开的花朵和草地上玩耍的孩子";
  /** SPRING with character 16 changed: Jaccard 25/31 = 0.8065. */
  private static final String SPRING_CHANGED = "请写一篇关于春天的短文描述公园中盛开的花朵和草地上玩耍的孩子";

  private final MinHashDedup unit = new MinHashDedup();

  @Test
  void should_reject_a_thirty_word_text_with_one_word_changed_and_keep_unrelated_texts() {
    Example guide = example(GUIDE, "", "");
    Example poem = example("Compose a short poem about the autumn rain falling on a quiet mountain village", "", "");
    Example changed = example(GUIDE_RELEASE, "", "");
    Example recipe = example("List the ingredients needed to bake a simple loaf of sourdough bread at home", "", "");

    DedupResult result = unit.run(List.of(guide, poem, changed, recipe));

    assertThat(result.kept()).containsExactly(guide, poem, recipe);
    assertThat(result.rejects()).containsExactly(new Reject("curate", "near_duplicate",
        "jaccard 0.8065 >= threshold 0.8000 with kept " + guide.id()
            + " (3-token shingles of instruction_input_output)",
        null, changed, guide.id(), null));
    assertThat(result.clusters()).containsExactly(
        new DuplicateCluster("near_duplicate-1", guide.id(), List.of(guide.id(), changed.id())));
  }

  @Test
  void should_reject_chinese_near_duplicates_shingled_by_character() {
    Example spring = example(SPRING, "", "");
    Example unrelated = example("请列出制作番茄炒蛋所需要的全部材料以及详细的烹饪步骤和注意事项", "", "");
    Example changed = example(SPRING_CHANGED + "。", "", "");

    DedupResult result = unit.run(List.of(spring, unrelated, changed));

    assertThat(result.kept()).containsExactly(spring, unrelated);
    assertThat(result.rejects()).extracting(Reject::example, Reject::duplicateOf, Reject::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(changed, spring.id(),
            "jaccard 0.8065 >= threshold 0.8000 with kept " + spring.id()
                + " (3-token shingles of instruction_input_output)"));
  }

  @Test
  void should_not_match_below_the_threshold() {
    Example guide = example(GUIDE, "", "");
    Example changed = example(GUIDE_RELEASE, "", "");

    DedupResult strict = new MinHashDedup(MinHashConfig.defaults().withThreshold(0.81))
        .run(List.of(guide, changed));

    assertThat(strict.kept()).containsExactly(guide, changed);
    assertThat(strict.clusters()).isEmpty();
  }

  @Test
  void should_cluster_transitively_and_name_the_linking_member() {
    Example guide = example(GUIDE, "", "");
    Example release = example(GUIDE_RELEASE, "", "");
    Example holding = example(GUIDE_HOLDING, "", "");

    DedupResult result = unit.run(List.of(guide, release, holding));

    assertThat(result.kept()).containsExactly(guide);
    assertThat(result.rejects()).extracting(Reject::reason).containsExactly(
        "jaccard 0.8065 >= threshold 0.8000 with kept " + guide.id()
            + " (3-token shingles of instruction_input_output)",
        "jaccard 0.8065 >= threshold 0.8000 with " + release.id() + ", in the cluster of kept "
            + guide.id() + " (jaccard 0.6471 with it) (3-token shingles of instruction_input_output)");
    assertThat(result.rejects()).extracting(Reject::duplicateOf).containsOnly(guide.id());
    assertThat(result.clusters()).containsExactly(new DuplicateCluster(
        "near_duplicate-1", guide.id(), List.of(guide.id(), release.id(), holding.id())));
  }

  @Test
  void should_keep_the_longest_output_when_configured() {
    Example brief = example(GUIDE, "", "Plan, build, ship.");
    Example thorough = example(GUIDE_RELEASE, "", "Plan the scope, build in short iterations, test each release and ship weekly.");
    MinHashDedup longest = new MinHashDedup(MinHashConfig.defaults()
        .withFields(DedupFields.INSTRUCTION).withKeep(KeepRule.LONGEST_OUTPUT));

    DedupResult result = longest.run(List.of(brief, thorough));

    assertThat(result.kept()).containsExactly(thorough);
    assertThat(result.rejects()).containsExactly(new Reject("curate", "near_duplicate",
        "jaccard 0.8065 >= threshold 0.8000 with kept " + thorough.id()
            + " (3-token shingles of instruction)",
        null, brief, thorough.id(), null));
    assertThat(result.clusters()).containsExactly(new DuplicateCluster(
        "near_duplicate-1", thorough.id(), List.of(brief.id(), thorough.id())));
  }

  @Test
  void should_compare_word_sets_when_shingles_are_single_words() {
    Example ordered = example("red green blue yellow", "", "");
    Example shuffled = example("Yellow, blue, green and red", "", "");
    MinHashDedup bagOfWords = new MinHashDedup(MinHashConfig.defaults().withShingleSize(1));

    DedupResult result = bagOfWords.run(List.of(ordered, shuffled));

    assertThat(result.kept()).containsExactly(ordered);
    assertThat(result.rejects()).extracting(Reject::reason).containsExactly(
        "jaccard 0.8000 >= threshold 0.8000 with kept " + ordered.id()
            + " (1-token shingles of instruction_input_output)");
  }

  @Test
  void should_find_identical_texts_however_full_the_buckets_are() {
    // Templated texts share buckets; with a scan limit of 1 only set equality can find old twins.
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      examples.add(example("Write a poem about topic number " + i, "", ""));
    }
    for (int i = 0; i < 300; i += 30) {
      examples.add(example("WRITE a poem about topic number " + i + "!", "", ""));
    }
    MinHashDedup limited = new MinHashDedup(MinHashConfig.defaults().withBucketScanLimit(1));

    DedupResult result = limited.run(examples);

    assertThat(result.kept()).containsExactlyElementsOf(examples.subList(0, 300));
    assertThat(result.rejects()).hasSize(10).allSatisfy(r -> assertThat(r.reason()).startsWith("jaccard 1.0000 "));
    assertThat(result.rejects()).extracting(Reject::duplicateOf).containsExactly(
        java.util.stream.IntStream.range(0, 10).mapToObj(i -> examples.get(i * 30).id()).toArray(String[]::new));
  }

  @Test
  void should_keep_texts_without_tokens_and_never_cluster_them() {
    Example questions = example("？？？", "", "");
    Example dashes = example("---", "", "");

    DedupResult result = unit.run(List.of(questions, dashes, questions));

    assertThat(result.kept()).containsExactly(questions, dashes, questions);
    assertThat(result.clusters()).isEmpty();
  }

  @Test
  void should_find_every_injected_near_duplicate_deterministically_in_a_generated_corpus() {
    // Large enough to be sketched in several parallel chunks, with duplicates across chunks.
    Corpus corpus = Corpus.generate(10000, 1250, 11);

    DedupResult first = new MinHashDedup().run(corpus.examples);
    DedupResult second = new MinHashDedup().run(corpus.examples);

    assertThat(second).isEqualTo(first);
    assertThat(first.inputCount()).isEqualTo(10000);
    assertThat(first.kept()).containsExactlyElementsOf(corpus.bases);
    assertThat(first.rejects()).hasSize(1250);
    for (Reject reject : first.rejects()) {
      assertThat(reject.duplicateOf()).isEqualTo(corpus.baseIdOf.get(reject.example().id()));
    }
    assertThat(first.clusters().stream().mapToInt(c -> c.size() - 1).sum()).isEqualTo(1250);
  }

  @Test
  void should_refuse_bad_settings_naming_them() {
    MinHashConfig defaults = MinHashConfig.defaults();
    assertThatThrownBy(() -> defaults.withThreshold(1.5))
        .hasMessage("curate.near_duplicate.threshold must be in (0, 1], got 1.5");
    assertThatThrownBy(() -> defaults.withThreshold(0.0))
        .hasMessage("curate.near_duplicate.threshold must be in (0, 1], got 0.0");
    assertThatThrownBy(() -> defaults.withThreshold(Double.NaN))
        .hasMessage("curate.near_duplicate.threshold must be in (0, 1], got NaN");
    assertThatThrownBy(() -> defaults.withShingleSize(0))
        .hasMessage("curate.near_duplicate.shingle_size must be in [1, 32], got 0");
    assertThatThrownBy(() -> defaults.withNumHashes(4))
        .hasMessage("curate.near_duplicate.num_hashes must be in [8, 1024], got 4");
    assertThatThrownBy(() -> defaults.withBucketScanLimit(0))
        .hasMessage("curate.near_duplicate.bucket_scan_limit must be in [1, 1000000], got 0");
    assertThatThrownBy(() -> defaults.withKeep(null))
        .hasMessage("curate.near_duplicate.keep must be set, got null");
  }

  /** Random 30-word texts from a 5000-word vocabulary, plus copies with one middle word changed. */
  private record Corpus(List<Example> examples, List<Example> bases, Map<String, String> baseIdOf) {

    static Corpus generate(int size, int copies, long seed) {
      Random random = new Random(seed);
      String[] vocabulary = new String[5000];
      for (int i = 0; i < vocabulary.length; i++) {
        vocabulary[i] = "w" + Integer.toString(i, 36) + (char) ('a' + random.nextInt(26));
      }
      List<String[]> words = new ArrayList<>();
      List<Example> examples = new ArrayList<>();
      List<Example> bases = new ArrayList<>();
      Map<String, String> baseIdOf = new HashMap<>();
      int copyEvery = size / copies;
      for (int i = 0; i < size; i++) {
        if (i % copyEvery == copyEvery - 1) {
          int source = random.nextInt(bases.size());
          String[] copy = words.get(source).clone();
          copy[10 + random.nextInt(10)] = "changed" + i;
          Example example = example(String.join(" ", copy), "", "");
          examples.add(example);
          baseIdOf.put(example.id(), bases.get(source).id());
        } else {
          String[] text = new String[30];
          for (int w = 0; w < text.length; w++) {
            text[w] = vocabulary[random.nextInt(vocabulary.length)];
          }
          words.add(text);
          Example example = example(String.join(" ", text), "", "");
          examples.add(example);
          bases.add(example);
        }
      }
      return new Corpus(examples, bases, baseIdOf);
    }
  }
}
