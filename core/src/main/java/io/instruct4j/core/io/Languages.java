package io.instruct4j.core.io;

import java.util.regex.Pattern;

/** Validates the language tag a caller gives for data that carries none (seeds, Alpaca). */
final class Languages {

  private static final Pattern BCP47 = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private Languages() {}

  static String require(String language) {
    if (language == null || !BCP47.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "language must be a BCP-47 tag such as 'en' or 'zh', got '" + language + "'");
    }
    return language;
  }
}
