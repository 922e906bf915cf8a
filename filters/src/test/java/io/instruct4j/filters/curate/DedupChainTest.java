package io.instruct4j.filters.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.dedup.ExactDedup;
import io.instruct4j.filters.dedup.MinHashDedup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DedupChainTest {

  /** 30 words. */
  static final String GUIDE = "Write a detailed guide that explains how a small team can"
      + " plan build test and ship a mobile application on time while keeping costs low and every"
      + " single user happy";
  /** GUIDE with word 15 changed: Jaccard 25/31 = 0.8065 of 3-word shingles. */
  static final String GUIDE_RELEASE = GUIDE.replace("test and ship", "test release ship");
  /** GUIDE_RELEASE with word 23 changed: 0.8065 to GUIDE_RELEASE, 22/34 = 0.6471 to GUIDE. */
  static final String GUIDE_HOLDING = GUIDE_RELEASE.replace("keeping", "holding");
  /** 30 Han characters. */
  static final String SPRING = "请写一篇关于春天的短文描述公园里盛开的花朵和草地上玩耍的孩子";
  /** SPRING with character 16 changed: Jaccard 25/31 = 0.8065 of character 3-shingles. */
  static final String SPRING_CHANGED = "请写一篇关于春天的短文描述公园中盛开的花朵和草地上玩耍的孩子";

  private final DedupChain unit = DedupChain.fromConfig(CurateConfig.defaults());

  static Candidate candidate(long position, String instruction, String input, String output) {
    String language = instruction.codePoints().anyMatch(c -> c >= 0x4E00) ? "zh" : "en";
    return new Candidate(position, "data.jsonl:" + (position + 1),
        Example.of(instruction, input, output, Method.IMPORTED, language));
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(c -> c.example().id()).toList();
  }

  @Test
  void should_keep_the_first_of_exact_duplicates_that_differ_in_case_whitespace_and_width() {
    Candidate french = candidate(0, "Translate 'good morning' into French.", "", "Bonjour.");
    Candidate shouted = candidate(1, "  TRANSLATE 'good   morning' into French. ", "", "bonjour");
    Candidate tea = candidate(2, "把下面的句子翻译成英文。", "今天天气很好。", "The weather is nice today.");
    Candidate wide = candidate(3, "Ｔｒａｎｓｌａｔｅ 'good morning' into French．", "", "Ｂｏｎｊｏｕｒ.");
    Candidate teaHalfWidth = candidate(4, "把下面的句子翻译成英文.", "今天天气 很好 .", "The weather is nice today");
    Candidate copy = candidate(5, "Translate 'good morning' into French.", "", "Bonjour.");

    DedupChainResult result = unit.run(List.of(french, shouted, tea, wide, teaHalfWidth, copy));

    assertThat(result.kept()).containsExactly(french, tea);
    String frenchId = french.example().id();
    String teaId = tea.example().id();
    assertThat(result.rejects()).extracting(StepReject::position).containsExactly(1L, 3L, 4L, 5L);
    assertThat(result.rejects()).extracting(StepReject::reject).containsExactly(
        exact(shouted, frenchId), exact(wide, frenchId), exact(teaHalfWidth, teaId), exact(copy, frenchId));
    // the byte-identical copy shares the kept example's content id
    assertThat(copy.example().id()).isEqualTo(frenchId);
    assertThat(result.clusters()).extracting(StepCluster::cluster).containsExactly(
        new ClusterLine("exact_duplicate", "exact_duplicate-1", frenchId,
            List.of(frenchId, shouted.example().id(), wide.example().id(), frenchId),
            List.of("data.jsonl:1", "data.jsonl:2", "data.jsonl:4", "data.jsonl:6"), 4, 1.0),
        new ClusterLine("exact_duplicate", "exact_duplicate-2", teaId, List.of(teaId, teaHalfWidth.example().id()),
            List.of("data.jsonl:3", "data.jsonl:5"), 2, 1.0));
    assertThat(result.clusters()).extracting(StepCluster::position).containsExactly(0L, 2L);
  }

  private static Reject exact(Candidate rejected, String keptId) {
    return new Reject("curate", "exact_duplicate", "normalized instruction_input_output identical to kept " + keptId
        + " (similarity 1.0000, exact match required; compared after NFKC, lower-casing and removing punctuation"
        + " and extra whitespace)", null, rejected.example(), keptId, rejected.source());
  }

  @Test
  void should_reject_english_and_chinese_near_duplicates_and_report_the_similarity_to_the_kept_one() {
    Candidate guide = candidate(0, GUIDE, "", "");
    Candidate spring = candidate(1, SPRING, "", "");
    Candidate release = candidate(2, GUIDE_RELEASE, "", "");
    Candidate springChanged = candidate(3, SPRING_CHANGED, "", "");
    Candidate holding = candidate(4, GUIDE_HOLDING, "", "");

    DedupChainResult result = unit.run(List.of(guide, spring, release, springChanged, holding));

    String guideId = guide.example().id();
    String springId = spring.example().id();
    assertThat(result.kept()).containsExactly(guide, spring);
    assertThat(result.rejects()).extracting(r -> r.reject().filter(), r -> r.reject().duplicateOf(),
            r -> r.reject().source())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("near_duplicate", guideId, "data.jsonl:3"),
            org.assertj.core.groups.Tuple.tuple("near_duplicate", springId, "data.jsonl:4"),
            org.assertj.core.groups.Tuple.tuple("near_duplicate", guideId, "data.jsonl:5"));
    assertThat(result.rejects().get(2).reject().reason()).isEqualTo("jaccard 0.8065 >= threshold 0.8000 with "
        + release.example().id() + ", in the cluster of kept " + guideId
        + " (jaccard 0.6471 with it) (3-token shingles of instruction_input_output)");
    assertThat(result.clusters()).extracting(StepCluster::cluster).containsExactly(
        new ClusterLine("near_duplicate", "near_duplicate-1", guideId,
            List.of(guideId, release.example().id(), holding.example().id()),
            List.of("data.jsonl:1", "data.jsonl:3", "data.jsonl:5"), 3, 0.6471),
        new ClusterLine("near_duplicate", "near_duplicate-2", springId, List.of(springId, springChanged.example().id()),
            List.of("data.jsonl:2", "data.jsonl:4"), 2, 0.8065));
  }

  @Test
  void should_run_near_dedup_only_on_what_exact_dedup_kept() {
    Candidate guide = candidate(0, GUIDE, "", "");
    Candidate guideUpper = candidate(1, GUIDE.toUpperCase(java.util.Locale.ROOT), "", "");
    Candidate release = candidate(2, GUIDE_RELEASE, "", "");

    DedupChainResult result = unit.run(List.of(guide, guideUpper, release));

    assertThat(result.kept()).containsExactly(guide);
    assertThat(result.rejects()).extracting(StepReject::step, StepReject::position).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CurateStep.EXACT_DUPLICATE, 1L),
        org.assertj.core.groups.Tuple.tuple(CurateStep.NEAR_DUPLICATE, 2L));
    assertThat(result.kept().size() + result.rejects().size()).isEqualTo(3);
  }

  @Test
  void should_give_the_same_result_whatever_order_the_candidates_arrive_in() {
    List<Candidate> input = new ArrayList<>();
    String[] texts = {GUIDE, SPRING, GUIDE_RELEASE, GUIDE.toLowerCase(java.util.Locale.ROOT), SPRING_CHANGED,
        GUIDE_HOLDING, "List three primary colours.", "List three primary colours!"};
    for (int i = 0; i < texts.length; i++) {
      input.add(candidate(i, texts[i], "", "answer " + (i % 2)));
    }
    DedupChainResult ordered = unit.run(input);
    List<Candidate> shuffled = new ArrayList<>(input);
    Collections.shuffle(shuffled, new Random(7));

    DedupChainResult result = unit.run(shuffled);

    assertThat(result).isEqualTo(ordered);
    assertThat(ids(result.kept())).isEqualTo(ids(ordered.kept()));
    assertThat(result.kept().size() + result.rejects().size()).isEqualTo(texts.length);
  }

  @Test
  void should_refuse_two_candidates_at_one_position() {
    List<Candidate> input = List.of(candidate(3, "A task.", "", "x"), candidate(3, "Another task.", "", "y"));

    assertThatThrownBy(() -> unit.run(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two candidates have position 3: data.jsonl:4 and data.jsonl:4");
  }

  @Test
  void should_refuse_dedup_steps_out_of_chain_order() {
    assertThatThrownBy(() -> new DedupChain(List.of(new MinHashDedup(), new ExactDedup())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got exact_duplicate after near_duplicate");
  }

  @Test
  void should_run_no_step_when_every_dedup_is_off() {
    CurateConfig off = CurateConfig.defaults()
        .withExactDuplicate(ExactDuplicateSettings.defaults().withEnabled(false))
        .withNearDuplicate(NearDuplicateSettings.defaults().withEnabled(false));
    DedupChain none = DedupChain.fromConfig(off);
    Candidate a = candidate(1, GUIDE, "", "");
    Candidate b = candidate(0, GUIDE, "", "");

    DedupChainResult result = none.run(List.of(a, b));

    assertThat(none.steps()).isEmpty();
    assertThat(result.kept()).containsExactly(b, a);
    assertThat(result.rejects()).isEmpty();
  }
}
