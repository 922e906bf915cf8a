package io.instruct4j.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");

  private static long millis(String name, String value) {
    return RetryAfter.millis(Map.of(name, List.of(value)), NOW);
  }

  @Test
  void should_read_delta_seconds_in_any_header_case() {
    assertThat(millis("Retry-After", "3")).isEqualTo(3000);
    assertThat(millis("retry-after", " 1.5 ")).isEqualTo(1500);
  }

  @Test
  void should_prefer_openai_retry_after_ms() {
    Map<String, List<String>> headers = Map.of("retry-after-ms", List.of("250"), "retry-after", List.of("1"));

    assertThat(RetryAfter.millis(headers, NOW)).isEqualTo(250);
  }

  @Test
  void should_read_an_http_date_relative_to_now() {
    assertThat(millis("Retry-After", "Wed, 01 Jan 2025 12:00:07 GMT")).isEqualTo(7000);
    assertThat(millis("Retry-After", "Wed, 01 Jan 2025 11:59:00 GMT")).isZero();
  }

  @Test
  void should_return_none_for_absent_or_unreadable_values() {
    assertThat(RetryAfter.millis(Map.of(), NOW)).isEqualTo(RetryAfter.NONE);
    assertThat(millis("Retry-After", "soon")).isEqualTo(RetryAfter.NONE);
    assertThat(millis("Retry-After", "-4")).isEqualTo(RetryAfter.NONE);
  }
}
