package io.instruct4j.pipelines.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link RunReport#write} wrote into the run folder.
 *
 * @param markdown {@code report.md}, which links the charts
 * @param html {@code report.html}, self-contained (the charts are embedded as data URIs)
 * @param charts the chart images under {@code report-assets/}, in report order
 */
public record ReportFiles(Path markdown, Path html, List<Path> charts) {

  public ReportFiles {
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(html, "html");
    charts = List.copyOf(charts);
  }
}
