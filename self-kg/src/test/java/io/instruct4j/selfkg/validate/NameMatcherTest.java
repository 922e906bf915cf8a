package io.instruct4j.selfkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

  private final NameMatcher unit = new NameMatcher(
      List.of("偏头痛", "头痛", "恶心", "flu", "Common cold", "nausea", "痛"), 2, List.of("rest"));

  @Test
  void should_prefer_the_longest_name_at_each_position() {
    assertThat(unit.find("偏头痛常伴有恶心，但头痛不一定")).containsExactly("偏头痛", "恶心", "头痛");
    assertThat(unit.find("偏头痛很常见")).containsExactly("偏头痛");
  }

  @Test
  void should_match_spaced_scripts_only_as_whole_words_with_plurals() {
    assertThat(unit.find("Influenza is not the flu.")).containsExactly("flu");
    assertThat(unit.find("A COMMON COLD brings waves of nauseas")).containsExactly("common cold", "nausea");
  }

  @Test
  void should_not_look_for_short_or_ignored_names_but_still_answer_mentions_for_them() {
    assertThat(unit.contains("痛")).isFalse();
    assertThat(unit.find("get some rest")).isEmpty();
    assertThat(unit.mentions("get some rest", "rest")).isTrue();
    assertThat(unit.mentions("restless", "rest")).isFalse();
  }

  @Test
  void should_fold_full_width_letters() {
    assertThat(unit.find("ＦＬＵ")).containsExactly("flu");
  }
}
