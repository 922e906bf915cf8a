package io.instruct4j.finetune.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * One export file being written, all or nothing: rows go to a hidden temp file that
 * {@link #commit()} renames over the target; {@link #close()} without commit deletes it.
 */
interface RowFile extends AutoCloseable {

  /** Opens the file for {@code format}: a JSON array, or JSONL for chat fine-tuning files. */
  static RowFile open(ExportFormat format, Path target) {
    return format.jsonLines() ? new JsonLinesFile(target) : JsonArrayFile.open(target);
  }

  void write(ObjectNode row);

  void commit();

  /** Rows written so far. */
  long count();

  Path target();

  /** Abandons the file unless committed. */
  @Override
  void close();
}
