package io.instruct4j.filters.curate;

import static io.instruct4j.filters.curate.DedupChainTest.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.filters.dedup.DedupFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese semantic dedup with the bundled BGE-small-zh model (loads in a second or two). */
class SemanticChineseTest {

  @Test
  void should_catch_a_chinese_restatement_with_the_chinese_model() {
    CurateConfig config = CurateConfig.defaults().withSemanticDuplicate(new SemanticDuplicateSettings(
        true, 0.9, DedupFields.INSTRUCTION, null, null, SemanticDuplicateSettings.BGE_ZH));
    DedupChain unit = DedupChain.fromConfig(config);
    Candidate reset = candidate(0, "如何重置我的密码？", "", "打开设置，选择安全，然后点击重置密码。");
    Candidate weather = candidate(1, "今天北京的天气怎么样？", "", "晴，最高气温二十度。");
    Candidate restated = candidate(2, "怎样才能重置密码？", "", "在设置的安全页面里重置密码。");
    Candidate forgot = candidate(3, "我忘记密码了，怎么改？", "", "点击登录页的忘记密码。");

    DedupChainResult result = unit.run(List.of(reset, weather, restated, forgot));

    assertThat(result.kept()).containsExactly(reset, weather, forgot);
    assertThat(result.rejects()).singleElement().satisfies(r -> {
      assertThat(r.step()).isEqualTo(CurateStep.SEMANTIC_DUPLICATE);
      assertThat(r.position()).isEqualTo(2L);
      assertThat(r.reject().duplicateOf()).isEqualTo(reset.example().id());
      assertThat(r.reject().reason()).startsWith("cosine 0.91").endsWith("(embeddings of instruction)");
    });
  }

  @Test
  void should_name_the_setting_for_an_unknown_model() {
    assertThatThrownBy(() -> new SemanticDuplicateSettings(true, null, null, null, null, "text-embedding-3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.semantic_duplicate.model must be all-minilm-l6-v2 (English) or bge-small-zh-v15 (Chinese), "
            + "got 'text-embedding-3'");
  }
}
