package io.instruct4j.finetune.export;

/** The two parts of an export: what the model trains on and what it is evaluated on. */
public enum Split {
  TRAIN("train"),
  VALIDATION("validation");

  private final String wireName;

  Split(String wireName) {
    this.wireName = wireName;
  }

  /** {@code train} or {@code validation}: used in file names, dataset names and reports. */
  public String wireName() {
    return wireName;
  }
}
