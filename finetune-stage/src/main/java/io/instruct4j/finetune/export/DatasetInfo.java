package io.instruct4j.finetune.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * LLaMA-Factory's {@code dataset_info.json}: one entry per written file, keyed by the dataset
 * name ({@code <prefix>_<format>_<split>}) that {@code dataset:} / {@code eval_dataset:} refer to,
 * with the column and tag mapping of LLaMA-Factory's data/README.
 *
 * <p>A {@code system} column is mapped only when the rows carry one: LLaMA-Factory's Alpaca
 * converter reads {@code example[system]} for every row once the column is mapped, so mapping a
 * column the file lacks fails the load. ShareGPT and OpenAI rows put the system prompt in the
 * first turn instead, which LLaMA-Factory takes as the system prompt through {@code system_tag}.
 */
final class DatasetInfo {

  /** The file name LLaMA-Factory looks for in its {@code dataset_dir}. */
  static final String FILE_NAME = "dataset_info.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DatasetInfo() {}

  /** The dataset name of one file, e.g. {@code instruct4j_alpaca_train}. */
  static String datasetName(String prefix, ExportFormat format, Split split) {
    return prefix + "_" + format.wireName() + "_" + split.wireName();
  }

  /** The whole file, entries in the order of {@code files}. */
  static ObjectNode of(List<ExportReport.ExportedFile> files, boolean hasSystemPrompt) {
    ObjectNode root = NODES.objectNode();
    for (ExportReport.ExportedFile f : files) {
      root.set(f.datasetName(), entry(ExportFormat.fromWire(f.format()), f.file(), hasSystemPrompt));
    }
    return root;
  }

  /** One file's entry; the compiler checks that every format has one. */
  static ObjectNode entry(ExportFormat format, String fileName, boolean hasSystemPrompt) {
    ObjectNode entry = NODES.objectNode().put("file_name", fileName);
    return switch (format) {
      case ALPACA -> alpaca(entry, hasSystemPrompt);
      case SHAREGPT -> chat(entry, "conversations", "from", "value", "human", "gpt");
      case OPENAI -> chat(entry, "messages", "role", "content", "user", "assistant");
    };
  }

  private static ObjectNode alpaca(ObjectNode entry, boolean hasSystemPrompt) {
    entry.put("formatting", "alpaca");
    ObjectNode columns = entry.putObject("columns")
        .put("prompt", "instruction").put("query", "input").put("response", "output");
    if (hasSystemPrompt) {
      columns.put("system", "system");
    }
    return entry;
  }

  /** OpenAI's messages are LLaMA-Factory's sharegpt formatting with other tags (its data/README). */
  private static ObjectNode chat(ObjectNode entry, String messages, String roleTag, String contentTag,
      String userTag, String assistantTag) {
    entry.put("formatting", "sharegpt");
    entry.putObject("columns").put("messages", messages);
    entry.putObject("tags").put("role_tag", roleTag).put("content_tag", contentTag)
        .put("user_tag", userTag).put("assistant_tag", assistantTag).put("system_tag", "system");
    return entry;
  }
}
