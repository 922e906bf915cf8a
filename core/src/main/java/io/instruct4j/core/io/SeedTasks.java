package io.instruct4j.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.instruct4j.core.record.Example;
import java.nio.file.Path;

/** Reads Self-Instruct seed files ({@code seed_tasks.jsonl}): typed tasks, or flattened to examples. */
public final class SeedTasks {

  private SeedTasks() {}

  /** Maps one seed line; a missing or blank instruction, or missing instances, is a bad record. */
  public static RecordMapper<SeedTask> mapper() {
    return node -> {
      RecordMapper.requireText(node, "instruction");
      JsonNode instances = node.get("instances");
      if (instances == null || instances.isNull()) {
        throw new InvalidRecordException("missing field 'instances'");
      }
      if (!instances.isArray()) {
        throw new InvalidRecordException("field 'instances' must be an array of {\"input\", \"output\"}");
      }
      for (int i = 0; i < instances.size(); i++) {
        if (!instances.get(i).isObject()) {
          throw new InvalidRecordException("field 'instances[" + i + "]' must be an object {\"input\", \"output\"}");
        }
      }
      return Json.MAPPER.treeToValue(node, SeedTask.class);
    };
  }

  /** The tasks of a seed file, one per non-blank line. */
  public static JsonlReader<SeedTask> open(Path file, BadRecords badRecords) {
    return JsonlReader.open(file, mapper(), badRecords);
  }

  /** The tasks flattened to examples ({@link SeedTask#toExamples}); counts stay per task (line). */
  public static RecordSource<Example> examples(RecordSource<SeedTask> tasks, String language) {
    try {
      Languages.require(language);
    } catch (IllegalArgumentException e) {
      tasks.close();
      throw e;
    }
    return new FlatMapSource<>(tasks, task -> task.toExamples(language));
  }
}
