package io.instruct4j.selfqa.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.instruct4j.selfqa.ingest.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  private static Document doc(String text, boolean markdown, String language) {
    return new Document("doc-1", "docs/guide.md", "guide.md", "md", "Guide", language, "h", markdown, text);
  }

  private static final String GUIDE = "# Guide\n\nAlpha one. Alpha two.\n\n## Setup\n\n"
      + "Beta one is here. Beta two is here. Beta three is here.\n";

  @Test
  void should_keep_sections_apart_and_open_each_with_its_heading() {
    Chunker unit = new Chunker(new ChunkSettings("chars", 40, 0, 0));

    ChunkedDocument result = unit.chunk(doc(GUIDE, true, "en"));

    assertThat(result.skipped()).isEmpty();
    assertThat(result.chunks()).extracting(Chunk::id, Chunk::section, Chunk::start, Chunk::end, Chunk::text)
        .containsExactly(
            tuple("doc-1#0", "Guide", 0, 30, "# Guide\n\nAlpha one. Alpha two."),
            tuple("doc-1#1", "Setup", 32, 59, "## Setup\n\nBeta one is here."),
            tuple("doc-1#2", "Setup", 60, 97, "Beta two is here. Beta three is here."));
    assertThat(result.chunks()).allSatisfy(c -> {
      assertThat(GUIDE.substring(c.start(), c.end())).isEqualTo(c.text());
      assertThat(c.documentPath()).isEqualTo("docs/guide.md");
      assertThat(c.title()).isEqualTo("Guide");
      assertThat(c.language()).isEqualTo("en");
    });
  }

  @Test
  void should_repeat_whole_sentences_of_the_previous_chunk_up_to_the_overlap() {
    Chunker unit = new Chunker(new ChunkSettings("chars", 40, 20, 0));

    assertThat(unit.chunk(doc(GUIDE, true, "en")).chunks()).extracting(Chunk::start, Chunk::end, Chunk::text)
        .containsExactly(
            tuple(0, 30, "# Guide\n\nAlpha one. Alpha two."),
            tuple(32, 59, "## Setup\n\nBeta one is here."),
            tuple(42, 77, "Beta one is here. Beta two is here."),
            tuple(60, 97, "Beta two is here. Beta three is here."));
  }

  @Test
  void should_pack_chinese_sentences_by_tokens() {
    String text = "甲乙丙丁戊己庚辛。子丑寅卯辰巳午未！天地玄黄宇宙洪荒？金木水火土日月星。";
    Chunker noOverlap = new Chunker(new ChunkSettings("tokens", 20, 0, 0));
    Chunker overlap = new Chunker(new ChunkSettings("tokens", 20, 8, 0));

    assertThat(noOverlap.chunk(doc(text, false, "zh")).chunks()).extracting(Chunk::text)
        .containsExactly("甲乙丙丁戊己庚辛。子丑寅卯辰巳午未！", "天地玄黄宇宙洪荒？金木水火土日月星。");
    assertThat(overlap.chunk(doc(text, false, "zh")).chunks()).extracting(Chunk::text)
        .containsExactly("甲乙丙丁戊己庚辛。子丑寅卯辰巳午未！", "子丑寅卯辰巳午未！天地玄黄宇宙洪荒？",
            "天地玄黄宇宙洪荒？金木水火土日月星。");
  }

  @Test
  void should_cut_a_sentence_longer_than_the_limit_at_word_boundaries() {
    Chunker unit = new Chunker(new ChunkSettings("chars", 12, 0, 0));

    assertThat(unit.chunk(doc("aaaa bbbb cccc dddd eeee.", false, "en")).chunks())
        .extracting(Chunk::start, Chunk::end, Chunk::text)
        .containsExactly(tuple(0, 9, "aaaa bbbb"), tuple(10, 19, "cccc dddd"), tuple(20, 25, "eeee."));
  }

  @Test
  void should_end_a_half_full_chunk_before_a_paragraph_that_would_not_fit_whole() {
    String text = "The inverter hums quietly at night.\n\nIt is normal. The fan starts above 35 degrees.";
    Chunker unit = new Chunker(new ChunkSettings("chars", 60, 0, 0));

    assertThat(unit.chunk(doc(text, false, "en")).chunks()).extracting(Chunk::text)
        .containsExactly("The inverter hums quietly at night.", "It is normal. The fan starts above 35 degrees.");
  }

  @Test
  void should_skip_boilerplate_and_tiny_chunks_with_the_reason() {
    String text = "Home | Products | Support\n\n# Title\n\nShort.\n\n© 2025 Helios Energy. All rights reserved.\n";
    Chunker unit = new Chunker(new ChunkSettings("tokens", 100, 10, 60));

    ChunkedDocument result = unit.chunk(doc(text, true, "en"));

    assertThat(result.chunks()).isEmpty();
    assertThat(result.skipped()).extracting(s -> s.chunk().id(), SkippedChunk::filter, SkippedChunk::reason)
        .containsExactly(
            tuple("doc-1#0", "boilerplate", "only navigation, copyright or similar lines, e.g. 'Home | Products | Support'"),
            tuple("doc-1#1", "too_short", "12 visible characters, below self_qa.min_chunk_chars 60"),
            tuple("doc-1#2", "boilerplate",
                "only navigation, copyright or similar lines, e.g. '© 2025 Helios Energy. All rights reserved.'"));
    assertThat(result.skipped().get(1).chunk().text()).isEqualTo("# Title\n\nShort.");
  }

  @Test
  void should_read_hash_lines_as_text_where_hash_marks_no_heading() {
    String text = "#1 priority is safety. Keep the vents clear.\n\n# not a heading in plain text";
    Chunker unit = new Chunker(new ChunkSettings("chars", 200, 0, 0));

    assertThat(unit.chunk(doc(text, false, "en")).chunks()).extracting(Chunk::section, Chunk::text)
        .containsExactly(tuple(null, text));
  }

  @Test
  void should_take_numbered_chapter_lines_of_plain_text_as_headings() {
    String text = "第一章 总则\n\n第一条 为规范安装，制定本办法。\n\n第二章 安装要求\n\n第三条 应当由电工安装。\n\n"
        + "Chapter 3 Use\n\nKeep it dry.\n\n第三节课很有意思。";
    Chunker unit = new Chunker(new ChunkSettings("chars", 200, 0, 0));

    assertThat(unit.chunk(doc(text, false, "zh")).chunks()).extracting(Chunk::section, Chunk::text).containsExactly(
        tuple("第一章 总则", "第一章 总则\n\n第一条 为规范安装，制定本办法。"),
        tuple("第二章 安装要求", "第二章 安装要求\n\n第三条 应当由电工安装。"),
        tuple("Chapter 3 Use", "Chapter 3 Use\n\nKeep it dry.\n\n第三节课很有意思。"));
  }

  @Test
  void should_produce_the_same_chunks_on_every_call() {
    Chunker unit = new Chunker(new ChunkSettings("tokens", 8, 3, 0));
    List<Chunk> first = unit.chunk(doc(GUIDE, true, "en")).chunks();

    assertThat(unit.chunk(doc(GUIDE, true, "en")).chunks()).isEqualTo(first);
  }
}
