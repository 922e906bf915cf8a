package io.instruct4j.core.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;

/** Maps JSON objects to examples: our own records, and Alpaca-style instruction/input/output rows. */
public final class ExampleMappers {

  private ExampleMappers() {}

  /**
   * Our own example records, strictly (unknown fields fail); a line with neither {@code id} nor
   * {@code method} is taken as an Alpaca-style row and imported. A record without a language
   * gets {@code language}.
   */
  public static RecordMapper<Example> examplesOrAlpaca(String language) {
    Languages.require(language);
    RecordMapper<Example> alpaca = alpaca(language);
    return node -> {
      if (!node.has("id") && !node.has("method")) {
        return alpaca.map(node);
      }
      RecordMapper.requireText(node, "instruction");
      Example example = Json.MAPPER.treeToValue(node, Example.class);
      return example.language() != null ? example : withLanguage(example, language);
    };
  }

  /**
   * An Alpaca row {@code {"instruction", "input", "output"}} as an imported example. The
   * instruction and the output must be present (input may be absent): a row without an output is
   * most likely another schema (e.g. Dolly's {@code response}), not an empty answer.
   */
  public static RecordMapper<Example> alpaca(String language) {
    Languages.require(language);
    return node -> {
      String instruction = RecordMapper.requireText(node, "instruction");
      requirePresent(node, "output");
      AlpacaRow row = Json.MAPPER.treeToValue(node, AlpacaRow.class);
      return Example.of(instruction, row.input(), row.output(), Method.IMPORTED, language);
    };
  }

  private static void requirePresent(ObjectNode node, String field) {
    if (!node.has(field) || node.get(field).isNull()) {
      throw new InvalidRecordException("missing field '" + field + "'");
    }
  }

  private static Example withLanguage(Example e, String language) {
    return new Example(e.id(), e.instruction(), e.input(), e.output(), e.method(), language,
        e.isClassification(), e.provenance(), e.scores());
  }
}
