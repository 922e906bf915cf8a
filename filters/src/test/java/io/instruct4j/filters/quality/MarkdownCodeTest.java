package io.instruct4j.filters.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownCodeTest {

  @Test
  void should_drop_fenced_blocks_including_the_fence_lines() {
    MarkdownCode.Prose prose = MarkdownCode.strip("Run:\n```bash\necho (\n```\nDone.");
    assertThat(prose.text()).isEqualTo("Run:\nDone.\n");
    assertThat(prose.unclosedFence()).isNull();
  }

  @Test
  void should_report_an_unclosed_fence_and_drop_everything_after_it() {
    MarkdownCode.Prose prose = MarkdownCode.strip("Code:\n  ````java\nint x;\n```\nstill code");
    assertThat(prose.text()).isEqualTo("Code:\n");
    assertThat(prose.unclosedFence()).isEqualTo("````");
  }

  @Test
  void should_close_a_tilde_fence_only_with_tildes() {
    MarkdownCode.Prose prose = MarkdownCode.strip("~~~\n```\n~~~\nafter");
    assertThat(prose.text()).isEqualTo("after\n");
    assertThat(prose.unclosedFence()).isNull();
  }

  @Test
  void should_replace_inline_code_spans_with_a_space() {
    MarkdownCode.Prose prose = MarkdownCode.strip("Call `f(` then ``a`b`` and ```x``` now");
    assertThat(prose.text()).isEqualTo("Call   then   and   now\n");
    assertThat(prose.unclosedFence()).isNull();
  }
}
