package io.instruct4j.pipelines.report;

import java.util.List;
import java.util.Objects;

/**
 * A bar chart of counts: one bar per label. Text in charts must be printable ASCII: the fonts a
 * headless JVM finds may have no CJK glyphs, so Chinese would draw as empty boxes. Sections
 * therefore chart numbers, filter names and ranks, and put Chinese words in the tables next to
 * the chart, which any browser or Markdown viewer renders.
 *
 * @param file the PNG's name inside {@code report-assets/}, e.g. {@code self-instruct-rouge-l.png}
 * @param title the chart title
 * @param xTitle the category axis title
 * @param yTitle the value axis title
 * @param labels one per bar
 * @param values one per bar, not negative
 */
record ChartSpec(String file, String title, String xTitle, String yTitle, List<String> labels, List<Long> values) {

  /** Size of every chart image, in pixels. */
  static final int WIDTH = 800;
  static final int HEIGHT = 450;
  /** The folder of the chart images, relative to the run folder. */
  static final String ASSETS = "report-assets";

  ChartSpec {
    Objects.requireNonNull(file, "file");
    if (!file.matches("[a-z0-9][a-z0-9-]*\\.png")) {
      throw new IllegalArgumentException(
          "chart file name must be lower-case letters, digits and '-' ending in .png, got '" + file + "'");
    }
    labels = List.copyOf(labels);
    values = List.copyOf(values);
    if (labels.isEmpty() || labels.size() != values.size()) {
      throw new IllegalArgumentException(file + ": " + labels.size() + " labels and " + values.size()
          + " values (need the same number, at least one)");
    }
    if (values.stream().anyMatch(v -> v < 0)) {
      throw new IllegalArgumentException(file + ": negative value in " + values);
    }
    requireAscii(file, title);
    requireAscii(file, xTitle);
    requireAscii(file, yTitle);
    labels.forEach(l -> requireAscii(file, l));
  }

  /** The path written into report.md, relative to the run folder. */
  String assetPath() {
    return ASSETS + "/" + file;
  }

  private static void requireAscii(String file, String text) {
    Objects.requireNonNull(text, file + ": chart text");
    if (!text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(file + ": chart text must be printable ASCII (headless fonts may lack "
          + "CJK glyphs), got '" + text + "'");
    }
  }
}
