package io.instruct4j.finetune.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.instruct4j.core.io.Json;

/**
 * Indented JSON laid out like Python's {@code json.dump(obj, f, indent=2, ensure_ascii=False)},
 * the layout of the Alpaca and LLaMA-Factory files users compare ours with: two-space indent,
 * {@code "key": value}, arrays one element per line. Non-ASCII text (Chinese) is written as raw
 * UTF-8, never as {@code \\u} escapes: Jackson escapes only when told to.
 */
final class PrettyJson {

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private PrettyJson() {}

  /** A new printer; printers keep nesting state, so every generator needs its own. */
  static DefaultPrettyPrinter printer() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(INDENT).withArrayIndenter(INDENT);
  }

  /** The value as indented JSON with a final newline. */
  static String write(Object value) {
    try {
      return Json.MAPPER.writer(printer()).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
