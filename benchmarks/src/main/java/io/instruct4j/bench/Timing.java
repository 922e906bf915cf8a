package io.instruct4j.bench;

import java.util.Arrays;
import java.util.Locale;

/** Small helpers for timing and formatting benchmark numbers. */
final class Timing {

  private Timing() {}

  /** Collects garbage left by the previous run so it is not charged to the next one. */
  static void settle() {
    System.gc();
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }

  static String fixed(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
