package io.instruct4j.finetune.train.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.finetune.train.TrainInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a run stands, saved in every checkpoint as {@code trainer_state.json}. No random generator
 * state is needed: every random draw is derived from the seed and the step (see {@code Seeds}).
 *
 * @param globalStep optimizer steps completed
 * @param totalSteps steps the run was planned for
 * @param optimizerSteps AdamW's t
 * @param losses mean response-token loss of every completed step, step 1 first
 * @param settings every setting that must not change across a resume, by its TrainConfig name
 * @param datasetFingerprint {@code SftDataset.fingerprint()} of the data the run was trained on
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrainerState(
    int globalStep,
    int totalSteps,
    int optimizerSteps,
    List<Double> losses,
    Map<String, String> settings,
    String datasetFingerprint) {

  public static final String FILE = "trainer_state.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public TrainerState {
    losses = List.copyOf(losses);
    settings = Map.copyOf(settings);
  }

  /** Writes {@code dir/trainer_state.json} atomically. */
  public void write(Path dir) {
    try {
      AtomicFiles.writeString(dir.resolve(FILE), JSON.writeValueAsString(this) + "\n");
    } catch (IOException e) {
      throw new IllegalStateException("trainer state is not serializable", e);
    }
  }

  /** Reads {@code dir/trainer_state.json}. */
  public static TrainerState read(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      TrainerState s = JSON.readValue(file.toFile(), TrainerState.class);
      if (s.globalStep() <= 0 || s.losses().size() != s.globalStep() || s.settings().isEmpty()) {
        throw TrainInputException.inFile(file, "is inconsistent: global_step " + s.globalStep()
            + " with " + s.losses().size() + " losses");
      }
      return s;
    } catch (IOException e) {
      throw TrainInputException.inFile(file, "cannot be read as a checkpoint state: " + e.getMessage());
    }
  }
}
