package io.instruct4j.finetune.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.io.JsonlWriter;
import java.nio.file.Path;

/** A JSONL export file: core's atomic {@link JsonlWriter}, one compact row per line. */
final class JsonLinesFile implements RowFile {

  private final JsonlWriter<ObjectNode> writer;

  JsonLinesFile(Path target) {
    this.writer = JsonlWriter.open(target);
  }

  @Override
  public void write(ObjectNode row) {
    writer.write(row);
  }

  @Override
  public void commit() {
    writer.commit();
  }

  @Override
  public long count() {
    return writer.count();
  }

  @Override
  public Path target() {
    return writer.target();
  }

  @Override
  public void close() {
    // an export that stops half way must not log "records discarded" as if it were unexpected
    writer.abort();
  }
}
