package io.instruct4j.pipelines.progress;

import java.util.Locale;

/**
 * The text of one progress line: {@code self-qa [#####-----] 12/40 calls  2.3/s  ETA 0:12}. A
 * total that is an upper bound (a planner cannot know how many questions survive their filters)
 * is shown as {@code ≤40}, and so is the ETA it gives; an unknown total (0) shows the count and
 * the rate only; a stage without a counter ({@link #elapsed}) shows how long it has been running.
 * Pure formatting, so the numbers can be tested without a clock.
 */
public final class ProgressLine {

  private static final int BAR = 20;

  private final String label;
  private final String unit;
  private final long total;
  private final boolean bound;

  /**
   * @param label what is running, e.g. {@code self-qa}
   * @param unit what is counted, e.g. {@code calls}
   * @param total the planned count; 0 when unknown
   * @param bound whether {@code total} is an upper bound rather than exact
   */
  public ProgressLine(String label, String unit, long total, boolean bound) {
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0, got " + total);
    }
    this.label = label;
    this.unit = unit;
    this.total = total;
    this.bound = bound;
  }

  /** A line without a counter: {@code curate  running  0:42}. */
  public static ProgressLine elapsed(String label) {
    return new ProgressLine(label, null, 0, false);
  }

  /** The line after {@code done} units in {@code seconds}. */
  public String render(long done, double seconds) {
    if (unit == null) {
      return label + "  running  " + clock(seconds);
    }
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder b = new StringBuilder(label).append(' ');
    if (total > 0) {
      long shownTotal = Math.max(total, done);
      int filled = (int) Math.min(BAR, BAR * done / shownTotal);
      b.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ");
      b.append(done).append('/').append(bound ? "≤" : "").append(shownTotal).append(' ').append(unit);
    } else {
      b.append(done).append(' ').append(unit);
    }
    b.append(String.format(Locale.ROOT, "  %.1f/s", rate));
    if (total > 0 && done < total && rate > 0) {
      b.append("  ETA ").append(bound ? "≤ " : "").append(clock((total - done) / rate));
    }
    b.append("  ").append(clock(seconds));
    return b.toString();
  }

  /** {@code 0:07}, {@code 12:30}, {@code 1:02:03}. */
  public static String clock(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long sec = s % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
        : String.format(Locale.ROOT, "%d:%02d", m, sec);
  }
}
