package io.instruct4j.finetune.export;

import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.ExampleSources;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.io.OutputFileException;
import io.instruct4j.core.io.RecordSource;
import io.instruct4j.core.io.Sourced;
import io.instruct4j.core.record.Example;
import io.instruct4j.finetune.export.ExportReport.ExportedFile;
import io.instruct4j.finetune.export.ExportReport.SplitCounts;
import io.instruct4j.finetune.export.StratifiedSplit.Member;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns an examples file into trainer-ready files: for each configured format a training file and
 * (when any example is held out) a validation file, LLaMA-Factory's {@code dataset_info.json}, and
 * the export report.
 *
 * <p>The input is read twice: once to learn every example's id and method (the split needs them
 * all before the first row is placed), once to stream rows into the files, so an export never
 * holds the whole dataset in memory. Rows keep the input order within each file.
 */
public final class Exporter {

  public static final String REPORT_JSON = "export-report.json";
  public static final String REPORT_TEXT = "export-report.txt";
  /** OpenAI's fine-tuning API refuses a training file with fewer examples. */
  static final int OPENAI_MIN_EXAMPLES = 10;

  private Exporter() {}

  /**
   * Exports {@code input} (our example JSONL, seed tasks or an Alpaca array: whatever
   * {@link ExampleSources} reads) into {@code outputDir}.
   *
   * @param language the language tag for records that carry none
   * @throws InputFileException naming {@code file:line} for an unreadable record or an example
   *     without an output, or the file when it holds no examples
   * @throws OutputFileException when a file cannot be written
   */
  public static ExportReport run(ExportConfig config, Path input, Path outputDir, String language) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(outputDir, "outputDir");
    List<Member> members = survey(input, language);
    BitSet held = StratifiedSplit.choose(members, config.validationFraction(), config.seed());
    createFolder(outputDir);
    List<ExportedFile> files = write(config, input, language, outputDir, members, held);
    ExportReport report = report(config, input, outputDir, members, held, files);
    AtomicFiles.writeString(outputDir.resolve(DatasetInfo.FILE_NAME),
        PrettyJson.write(DatasetInfo.of(files, config.system().isPresent())));
    AtomicFiles.writeString(outputDir.resolve(REPORT_JSON), PrettyJson.write(report));
    AtomicFiles.writeString(outputDir.resolve(REPORT_TEXT), report.toText());
    return report;
  }

  /** First pass: every example's id and method, refusing examples a trainer cannot learn from. */
  private static List<Member> survey(Path input, String language) {
    List<Member> members = new ArrayList<>();
    try (RecordSource<Example> source = ExampleSources.open(input, language, BadRecords.fail())) {
      while (source.hasNext()) {
        Sourced<Example> next = source.next();
        Example e = next.value();
        if (e.output().isBlank()) {
          throw located(next.source(), "example " + e.id() + " has an empty output; a training example "
              + "needs an answer (generate its instances first, or remove it)");
        }
        members.add(new Member(e.id(), Strata.of(e)));
      }
    }
    if (members.isEmpty()) {
      throw new InputFileException(input.toString(), 0, "holds no examples; there is nothing to export");
    }
    return members;
  }

  /** Second pass: each example into every format's file of its split; all files or none. */
  private static List<ExportedFile> write(ExportConfig config, Path input, String language, Path outputDir,
      List<Member> members, BitSet held) {
    List<Split> splits = held.isEmpty() ? List.of(Split.TRAIN) : List.of(Split.TRAIN, Split.VALIDATION);
    List<RowFile> open = new ArrayList<>();
    List<ExportedFile> files = new ArrayList<>();
    try (RecordSource<Example> source = ExampleSources.open(input, language, BadRecords.fail())) {
      for (ExportFormat format : config.formats()) {
        for (Split split : splits) {
          open.add(RowFile.open(format, outputDir.resolve(format.fileName(split))));
        }
      }
      int i = 0;
      while (source.hasNext()) {
        Sourced<Example> next = source.next();
        if (i >= members.size() || !members.get(i).id().equals(next.value().id())) {
          throw located(next.source(), "the file changed while it was being exported; export it again");
        }
        int splitIndex = held.get(i) ? 1 : 0;
        for (int f = 0; f < config.formats().size(); f++) {
          open.get(f * splits.size() + splitIndex).write(config.formats().get(f).row(next.value(), config.system()));
        }
        i++;
      }
      if (i != members.size()) {
        throw new InputFileException(input.toString(), 0, "the file changed while it was being exported; export it again");
      }
      for (int k = 0; k < open.size(); k++) {
        RowFile file = open.get(k);
        file.commit();
        ExportFormat format = config.formats().get(k / splits.size());
        Split split = splits.get(k % splits.size());
        files.add(new ExportedFile(format.wireName(), split.wireName(), file.target().getFileName().toString(),
            file.count(), DatasetInfo.datasetName(config.datasetName(), format, split)));
      }
      return files;
    } finally {
      open.forEach(RowFile::close);
    }
  }

  private static ExportReport report(ExportConfig config, Path input, Path outputDir, List<Member> members,
      BitSet held, List<ExportedFile> files) {
    Map<String, SplitCounts> byMethod = Strata.count(members, held);
    long validation = held.cardinality();
    long train = members.size() - validation;
    List<String> warnings = new ArrayList<>();
    if (validation == 0 && config.validationFraction() > 0) {
      warnings.add("no validation files: validation_fraction is " + config.validationFraction()
          + " but no method has the 2 examples it takes to hold one out");
    }
    if (config.formats().contains(ExportFormat.OPENAI) && train < OPENAI_MIN_EXAMPLES) {
      warnings.add(ExportFormat.OPENAI.fileName(Split.TRAIN) + " has " + train
          + " examples; OpenAI fine-tuning needs at least " + OPENAI_MIN_EXAMPLES);
    }
    return new ExportReport(input.toString(), outputDir.toString(), members.size(), train, validation,
        config.validationFraction(), config.seed(), byMethod, files, DatasetInfo.FILE_NAME, warnings);
  }

  /** An error at a record's {@code file:line} source. */
  private static InputFileException located(String source, String problem) {
    int colon = source.lastIndexOf(':');
    try {
      return new InputFileException(source.substring(0, colon), Long.parseLong(source.substring(colon + 1)), problem);
    } catch (RuntimeException notFileLine) {
      return new InputFileException(source, 0, problem);
    }
  }

  private static void createFolder(Path outputDir) {
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new OutputFileException("cannot create output folder " + outputDir + ": " + e, e);
    }
  }
}
