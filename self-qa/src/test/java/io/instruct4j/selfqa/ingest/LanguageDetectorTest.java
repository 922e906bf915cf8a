package io.instruct4j.selfqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  @Test
  void should_tell_chinese_from_english_by_cjk_share() {
    assertThat(LanguageDetector.detect("储能系统的额定容量为 10 kWh，支持 PDF 导出。", "en")).isEqualTo("zh");
    assertThat(LanguageDetector.detect("The battery was designed in 深圳 by a small team.", "zh")).isEqualTo("en");
    assertThat(LanguageDetector.detect("12345 -- 67", "zh")).isEqualTo("zh");
    assertThat(LanguageDetector.detect("12345 -- 67", "en")).isEqualTo("en");
  }
}
