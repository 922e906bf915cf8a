package io.instruct4j.pipelines.run;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The stages of {@code instruct4j run}, in the order they run. Each has a config key (the
 * snake_case name used in {@code run.generators}, {@code run-state.json} and {@code --from}) and
 * a folder inside the run folder. The three generators are independent siblings; curate reads all
 * of them, export reads curate, train reads export.
 */
public enum Stage {
  SELF_INSTRUCT("self_instruct", "self-instruct"),
  SELF_QA("self_qa", "self-qa"),
  SELF_KG("self_kg", "self-kg"),
  CURATE("curate", "curate"),
  EXPORT("export", "export"),
  TRAIN("train", "train");

  /** The generators, in run order. */
  public static final List<Stage> GENERATORS = List.of(SELF_INSTRUCT, SELF_QA, SELF_KG);

  private final String key;
  private final String folder;

  Stage(String key, String folder) {
    this.key = key;
    this.folder = folder;
  }

  /** The snake_case name: {@code self_instruct}, {@code curate}, ... */
  public String key() {
    return key;
  }

  /** The stage's folder inside the run folder: {@code self-instruct}, {@code curate}, ... */
  public String folder() {
    return folder;
  }

  public boolean isGenerator() {
    return GENERATORS.contains(this);
  }

  /** The stages whose outputs this one reads directly. */
  public List<Stage> upstream() {
    return switch (this) {
      case SELF_INSTRUCT, SELF_QA, SELF_KG -> List.of();
      case CURATE -> GENERATORS;
      case EXPORT -> List.of(CURATE);
      case TRAIN -> List.of(EXPORT);
    };
  }

  /** Whether {@code other} is this stage or reads (directly or not) this stage's outputs. */
  public boolean feeds(Stage other) {
    return other == this || other.upstream().stream().anyMatch(this::feeds);
  }

  /** Accepts the key or the folder name in any case: {@code self_qa}, {@code self-qa}, {@code SELF-QA}. */
  public static Stage parse(String name, String setting) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Stage s : values()) {
      if (s.key.equals(wanted)) {
        return s;
      }
    }
    throw new IllegalArgumentException(setting + " must be one of " + names(Arrays.asList(values()))
        + ", got '" + name + "'");
  }

  /** {@code [self_instruct, self_qa]}: keys for messages. */
  public static String names(List<Stage> stages) {
    return stages.stream().map(Stage::key).collect(Collectors.joining(", ", "[", "]"));
  }
}
