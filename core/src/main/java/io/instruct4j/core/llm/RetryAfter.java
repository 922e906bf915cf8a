package io.instruct4j.core.llm;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads how long a server asked us to wait from its response headers. */
final class RetryAfter {

  /** No Retry-After header, or one we could not read. */
  static final long NONE = -1;

  private RetryAfter() {}

  /**
   * The wait in milliseconds from {@code retry-after-ms} (sent by OpenAI) or {@code Retry-After}
   * (delta-seconds or an HTTP-date), or {@link #NONE}. A date in the past means "now" (0).
   */
  static long millis(Map<String, List<String>> headers, Instant now) {
    String ms = first(headers, "retry-after-ms");
    if (ms != null) {
      long parsed = parseNumber(ms, 1);
      if (parsed != NONE) {
        return parsed;
      }
    }
    String value = first(headers, "retry-after");
    if (value == null) {
      return NONE;
    }
    long seconds = parseNumber(value, 1000);
    if (seconds != NONE) {
      return seconds;
    }
    try {
      Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Math.max(0, at.toEpochMilli() - now.toEpochMilli());
    } catch (DateTimeParseException e) {
      return NONE;
    }
  }

  private static long parseNumber(String text, long unitMillis) {
    try {
      double value = Double.parseDouble(text.trim());
      return value < 0 || Double.isNaN(value) ? NONE : (long) Math.ceil(value * unitMillis);
    } catch (NumberFormatException e) {
      return NONE;
    }
  }

  private static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name)
          && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }
}
