package io.instruct4j.pipelines.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's parts on their own: escaping, funnels, histogram bins, leading words, samples, charts. */
class ReportPartsTest {

  @Test
  void should_escape_every_html_special_character() {
    assertThat(Escape.html("<a href=\"x\">Tom & 'Jerry'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  }

  @Test
  void should_keep_a_markdown_cell_on_one_line_with_no_tag_and_no_cell_break() {
    assertThat(Escape.markdownCell("a | b\nc <b>d</b> \\ e")).isEqualTo("a \\| b c &lt;b>d&lt;/b> \\\\ e");
  }

  @Test
  void should_make_a_code_fence_longer_than_any_backtick_run_in_the_text() {
    assertThat(Escape.fence("plain")).isEqualTo("```");
    assertThat(Escape.fence("a ```` b")).isEqualTo("`````");
  }

  @Test
  void should_render_a_funnel_with_running_counts_and_leave_out_zero_steps() {
    Funnel funnel = Funnel.of("Chunks", "made", 10).minus("skipped", Map.of("boilerplate", 3L, "empty", 0L))
        .minus("too short", 2).to("kept", 5);

    assertThat(funnel.addsUp()).isTrue();
    Block.Table table = (Block.Table) funnel.blocks().get(0);
    assertThat(table.rows()).containsExactly(List.of("made", "", "10"), List.of("- skipped: boilerplate", "3", "7"),
        List.of("- too short", "2", "5"), List.of("= kept", "", "5"));
    assertThat(funnel.blocks()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({"0.0, 0", "0.0999, 0", "0.1, 1", "0.30000000000000004, 3", "0.29999999999999993, 3", "0.7, 7",
      "0.6999, 6", "0.95, 9", "1.0, 9"})
  void should_put_a_score_in_its_tenth(double score, int bin) {
    assertThat(RougeHistogram.bin(score)).isEqualTo(bin);
  }

  @Test
  void should_count_instructions_without_a_score_apart() {
    RougeHistogram unit = new RougeHistogram();
    unit.accept(Example.of("Explain tax brackets.", "", "", Method.SELF_INSTRUCT, "en"));
    unit.accept(ReportFixtures.instruction("List three savings tips.", 0.42));

    assertThat(unit.scored()).isEqualTo(1);
    assertThat(unit.unscored()).isEqualTo(1);
    assertThat(unit.count(4)).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Explain the difference between two loans.|explain",
      "  1. List three ways to save.|list",
      "What's the APR on this card?|what's",
      "Über-style apps: explain fees.|über-style",
      "解释什么是复利。|解释",
      "“判断”下面这笔交易。|判断",
      "为刚工作的大学生制定预算。|为刚",
      "请|请",
      "2024 年的预算|年的",
      "...|(none)"})
  void should_take_the_first_word_or_the_first_two_han_characters(String instruction, String word) {
    assertThat(LeadingVerbs.leadingWord(instruction)).isEqualTo(word);
  }

  @Test
  void should_rank_words_by_count_then_by_code_point() {
    LeadingVerbs unit = new LeadingVerbs();
    for (String s : List.of("Write a poem.", "write a story.", "Explain X.", "Describe Y.", "Explain Z.", "Write a song.")) {
      unit.accept(Example.of(s, "", "", Method.SELF_INSTRUCT, "en"));
    }
    assertThat(unit.top(2)).containsExactly(Map.entry("write", 3L), Map.entry("explain", 2L));
    assertThat(unit.top(5)).extracting(Map.Entry::getKey).containsExactly("write", "explain", "describe");
  }

  @Test
  void should_keep_the_first_examples_of_each_method_by_id() {
    SampleCollector unit = new SampleCollector(2);
    List<Example> qa = List.of(
        Example.of("Q1", "", "A1", Method.SELF_QA, "en"), Example.of("Q2", "", "A2", Method.SELF_QA, "en"),
        Example.of("Q3", "", "A3", Method.SELF_QA, "en"), Example.of("Q4", "", "A4", Method.SELF_QA, "en"));
    Example kg = Example.of("K1", "", "B1", Method.SELF_KG, "zh");
    qa.forEach(unit);
    unit.accept(kg);
    unit.accept(qa.get(0));

    assertThat(unit.samples()).containsOnlyKeys("self-kg", "self-qa");
    assertThat(unit.samples().get("self-qa")).extracting(Example::id)
        .containsExactlyElementsOf(qa.stream().map(Example::id).sorted().limit(2).toList());
    assertThat(unit.samples().get("self-kg")).containsExactly(kg);
    assertThatThrownBy(() -> new SampleCollector(0)).hasMessage("samples per method must be at least 1, got 0");
  }

  @Test
  void should_refuse_chart_text_that_headless_fonts_may_not_draw() {
    assertThatThrownBy(() -> new ChartSpec("words.png", "Words", "word", "n", List.of("explain", "解释"), List.of(2L, 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("words.png: chart text must be printable ASCII").hasMessageContaining("'解释'");
    assertThatThrownBy(() -> new ChartSpec("Words.PNG", "Words", "word", "n", List.of("a"), List.of(1L)))
        .hasMessageContaining("got 'Words.PNG'");
    assertThatThrownBy(() -> new ChartSpec("w.png", "Words", "word", "n", List.of("a", "b"), List.of(1L)))
        .hasMessage("w.png: 2 labels and 1 values (need the same number, at least one)");
  }

  @Test
  void should_replace_non_ascii_labels_by_ranks() {
    assertThat(ChartLabels.of(List.of("explain", "list"))).isEqualTo(new ChartLabels(List.of("explain", "list"), false));
    ChartLabels ranked = ChartLabels.of(List.of("解释", "list"));
    assertThat(ranked.labels()).containsExactly("1", "2");
    assertThat(ranked.axisTitle("word")).isEqualTo("rank (word in the table)");
  }

  @Test
  void should_draw_a_chart_as_a_png_of_the_fixed_size() throws IOException {
    byte[] png = ChartRenderer.png(new ChartSpec("c.png", "Counts", "bin", "n", List.of("0.0-0.1", "0.1-0.2"),
        List.of(0L, 3L)));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(ChartSpec.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ChartSpec.HEIGHT);
  }
}
