package io.instruct4j.finetune.train;

/**
 * The trainer was given something it cannot use: a model file, a tokenizer, the data or a
 * setting. Thrown before any training step runs; the message starts with the file or the setting
 * to fix, so the user knows where to look.
 */
public class TrainInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String subject;

  private TrainInputException(String subject, String problem) {
    super(subject + ": " + problem);
    this.subject = subject;
  }

  /** A data-file problem reported by core's readers; their message already starts with {@code file:line}. */
  public static TrainInputException fromReader(io.instruct4j.core.io.InputFileException e) {
    TrainInputException out = new TrainInputException(e.file(), e.getMessage(), true);
    out.initCause(e);
    return out;
  }

  private TrainInputException(String subject, String message, boolean fullMessage) {
    super(message);
    this.subject = subject;
  }

  /** A problem with a file (config.json, a safetensors shard, tokenizer.json, the data file). */
  public static TrainInputException inFile(Object file, String problem) {
    return new TrainInputException(String.valueOf(file), problem);
  }

  /** A problem with one training setting, named as in {@link TrainConfig}. */
  public static TrainInputException inSetting(String setting, String problem) {
    return new TrainInputException("setting '" + setting + "'", problem);
  }

  /** The file path or {@code setting 'name'} the problem is about. */
  public String subject() {
    return subject;
  }
}
