package io.instruct4j.pipelines.report;

import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.io.OutputFileException;
import io.instruct4j.pipelines.run.RunState;
import io.instruct4j.pipelines.run.Stage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The run report: {@code report.md} and a self-contained {@code report.html} in the run folder,
 * with the chart images under {@code report-assets/}. It covers every stage folder present
 * ({@code self-instruct/}, {@code self-qa/}, {@code self-kg/}, {@code curate/}, {@code export/},
 * {@code train/}) and reads {@code run-state.json} when there is one. It reads only files and calls
 * no model, so it can be rebuilt at any time; the same files always give the same report text.
 */
public final class RunReport {

  public static final String MARKDOWN = "report.md";
  public static final String HTML = "report.html";

  private RunReport() {}

  /**
   * Writes the report for {@code runDir}.
   *
   * @throws IllegalArgumentException when {@code runDir} is not a folder
   * @throws InputFileException when a file of the run is malformed; the message names it
   */
  public static ReportFiles write(Path runDir) {
    Objects.requireNonNull(runDir, "runDir");
    if (!Files.isDirectory(runDir)) {
      throw new IllegalArgumentException("run folder " + runDir + " does not exist or is not a folder");
    }
    ChartRenderer.ensureHeadless();
    Path dir = runDir.toAbsolutePath().normalize();
    RunState state = readState(dir);
    String name = state.name() != null ? state.name() : String.valueOf(dir.getFileName());

    List<StageSection> stages = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      Path folder = dir.resolve(stage.folder());
      if (Files.isDirectory(folder)) {
        stages.add(section(stage, folder));
      } else if (state.get(stage) != null) {
        stages.add(StageSection.withoutFolder(stage, state.get(stage)));
      }
    }
    List<Block> blocks = new ArrayList<>(OverviewSection.build(name, state, stages));
    stages.forEach(s -> blocks.addAll(s.blocks()));
    blocks.addAll(SamplesSection.build(dir));

    Map<String, byte[]> pngs = writeCharts(dir, blocks);
    Path md = dir.resolve(MARKDOWN);
    Path html = dir.resolve(HTML);
    AtomicFiles.writeString(md, MarkdownRenderer.render(blocks));
    AtomicFiles.writeString(html, HtmlRenderer.render("instruct4j run report: " + name, blocks, pngs));
    Path assets = dir.resolve(ChartSpec.ASSETS);
    return new ReportFiles(md, html, pngs.keySet().stream().map(assets::resolve).toList());
  }

  private static StageSection section(Stage stage, Path folder) {
    return switch (stage) {
      case SELF_INSTRUCT -> SelfInstructSection.build(folder);
      case SELF_QA -> SelfQaSection.build(folder);
      case SELF_KG -> SelfKgSection.build(folder);
      case CURATE -> CurateSection.build(folder);
      case EXPORT -> ExportSection.build(folder);
      case TRAIN -> TrainSection.build(folder);
    };
  }

  private static RunState readState(Path dir) {
    Path file = dir.resolve(RunState.FILE);
    if (!Files.exists(file)) {
      return RunState.empty(null);
    }
    RunState state = ReportInputs.readJson(file, RunState.class, "a run-state.json");
    if (state.version() != RunState.VERSION) {
      throw new InputFileException(file.toString(), 0, "has format version " + state.version()
          + ", this instruct4j reads version " + RunState.VERSION);
    }
    return state;
  }

  /**
   * Renders every chart once, replacing the previous report's images (a chart that no longer
   * applies must not linger next to the new report), and returns the PNGs by file name.
   */
  private static Map<String, byte[]> writeCharts(Path dir, List<Block> blocks) {
    Path assets = dir.resolve(ChartSpec.ASSETS);
    Map<String, byte[]> pngs = new LinkedHashMap<>();
    try {
      if (Files.isDirectory(assets)) {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(assets, "*.png")) {
          for (Path p : old) {
            Files.delete(p);
          }
        }
      }
      for (Block b : blocks) {
        if (b instanceof Block.Chart c) {
          if (pngs.containsKey(c.spec().file())) {
            throw new IllegalStateException("two charts are named " + c.spec().file());
          }
          if (pngs.isEmpty()) {
            Files.createDirectories(assets);
          }
          byte[] png = ChartRenderer.png(c.spec());
          AtomicFiles.write(assets.resolve(c.spec().file()), png);
          pngs.put(c.spec().file(), png);
        }
      }
    } catch (IOException e) {
      throw new OutputFileException("cannot write the report charts in " + assets + ": " + e.getMessage(), e);
    }
    return pngs;
  }
}
