package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.Json;
import io.instruct4j.pipelines.common.Pretty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code run-state.json} at the root of a run folder: one {@link StageRecord} per stage that ever
 * started, keyed by stage ({@code self_instruct}, {@code self_qa}, {@code self_kg}, {@code curate},
 * {@code export}, {@code train}; written in key order). Rewritten
 * atomically at every stage start and end, so a killed run leaves a readable file whose
 * {@code running} entry says where it stopped.
 *
 * @param version the file's format version
 * @param name the run's name
 * @param stages stage key → its last record
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunState(int version, String name, Map<String, StageRecord> stages) {

  public static final int VERSION = 1;
  public static final String FILE = "run-state.json";

  public RunState {
    stages = stages == null ? Map.of() : Map.copyOf(stages);
  }

  public static RunState empty(String name) {
    return new RunState(VERSION, name, Map.of());
  }

  /** Reads the run folder's state; a folder without one has an empty state. */
  public static RunState read(Path runDir, String name) {
    Path file = runDir.resolve(FILE);
    if (!Files.exists(file)) {
      return empty(name);
    }
    try {
      RunState state = Json.MAPPER.readValue(Files.readString(file), RunState.class);
      if (state.version() != VERSION) {
        throw new IllegalArgumentException(file + " has format version " + state.version() + ", this instruct4j reads "
            + VERSION + ": delete the file to redo every stage (cached model calls stay free)");
      }
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " (" + e.getMessage()
          + "); delete it to redo every stage (cached model calls stay free)", e);
    }
  }

  public StageRecord get(Stage stage) {
    return stages.get(stage.key());
  }

  /** A copy with {@code stage}'s record replaced; records of stages not in this run are kept. */
  public RunState with(Stage stage, StageRecord record) {
    Map<String, StageRecord> next = new LinkedHashMap<>(stages);
    next.put(stage.key(), record);
    return new RunState(version, name, next);
  }

  public void write(Path runDir) {
    AtomicFiles.writeString(runDir.resolve(FILE), Pretty.json(this) + "\n");
  }

}
