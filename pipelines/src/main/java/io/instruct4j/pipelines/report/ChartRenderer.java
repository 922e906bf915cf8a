package io.instruct4j.pipelines.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Draws a {@link ChartSpec} as a PNG with XChart, off screen. Reports are written on servers
 * with no display, so AWT must start headless; the property is set here, before the first chart
 * touches AWT, unless the user chose a value explicitly.
 */
final class ChartRenderer {

  static {
    ensureHeadless();
  }

  private static final Color BAR = new Color(0x4C, 0x72, 0xB0);
  /** Beyond this many bars the category labels are turned so they do not overlap. */
  private static final int UPRIGHT_LABELS = 6;

  private ChartRenderer() {}

  /** Sets {@code java.awt.headless=true} unless it is already set. Idempotent. */
  static void ensureHeadless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  static byte[] png(ChartSpec spec) {
    CategoryChart chart = new CategoryChartBuilder()
        .width(ChartSpec.WIDTH).height(ChartSpec.HEIGHT)
        .title(spec.title()).xAxisTitle(spec.xTitle()).yAxisTitle(spec.yTitle())
        .build();
    CategoryStyler style = chart.getStyler();
    style.setLegendVisible(false);
    style.setChartBackgroundColor(Color.WHITE);
    style.setSeriesColors(new Color[] {BAR});
    style.setYAxisMin(0.0);
    style.setYAxisDecimalPattern("#,##0");
    style.setLabelsVisible(true);
    style.setXAxisLabelRotation(spec.labels().size() > UPRIGHT_LABELS ? 45 : 0);
    chart.addSeries("count", spec.labels(), spec.values());
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart " + spec.file() + " as PNG", e);
    }
  }
}
