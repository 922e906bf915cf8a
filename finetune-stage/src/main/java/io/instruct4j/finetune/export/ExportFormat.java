package io.instruct4j.finetune.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.record.Example;
import java.util.Optional;

/**
 * A file format trainers read. Each knows its file name, how one example becomes one row, and
 * its LLaMA-Factory {@code dataset_info.json} entry (see {@link DatasetInfo}).
 */
public enum ExportFormat {
  /** Stanford Alpaca: a JSON array of {@code {instruction, input, output[, system]}}. */
  ALPACA("alpaca", ".json", false),
  /** ShareGPT: a JSON array of {@code {conversations: [{from: system|human|gpt, value}]}}. */
  SHAREGPT("sharegpt", ".json", false),
  /** OpenAI chat fine-tuning: JSONL, one {@code {messages: [{role, content}, ...]}} per line. */
  OPENAI("openai", ".jsonl", true);

  private final String wireName;
  private final String extension;
  private final boolean jsonLines;

  ExportFormat(String wireName, String extension, boolean jsonLines) {
    this.wireName = wireName;
    this.extension = extension;
    this.jsonLines = jsonLines;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** Parses {@code alpaca}, {@code sharegpt} or {@code openai} (any case); the error lists them. */
  @JsonCreator
  public static ExportFormat fromWire(String name) {
    for (ExportFormat f : values()) {
      if (f.wireName.equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + name + "' (expected alpaca, sharegpt or openai)");
  }

  /** e.g. {@code alpaca_train.json}, {@code openai_validation.jsonl}. */
  public String fileName(Split split) {
    return wireName + "_" + split.wireName() + extension;
  }

  /** Whether the file is JSONL (one row per line) rather than one JSON array. */
  public boolean jsonLines() {
    return jsonLines;
  }

  /** The example as one row of this format. */
  public ObjectNode row(Example example, Optional<String> systemPrompt) {
    return switch (this) {
      case ALPACA -> Rows.alpaca(example, systemPrompt);
      case SHAREGPT -> Rows.shareGpt(example, systemPrompt);
      case OPENAI -> Rows.openAi(example, systemPrompt);
    };
  }
}
