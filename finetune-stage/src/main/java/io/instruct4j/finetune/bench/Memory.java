package io.instruct4j.finetune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process from /proc (Linux), which counts libtorch's native allocations. */
final class Memory {

  private Memory() {}

  /** Current resident set size in KiB. */
  static long rssKb() {
    return field("VmRSS:");
  }

  /** Peak resident set size (high-water mark) in KiB. */
  static long peakRssKb() {
    return field("VmHWM:");
  }

  private static long field(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
        }
      }
      return -1;
    } catch (IOException e) {
      return -1; // not Linux: memory is reported as -1 rather than failing the benchmark
    }
  }
}
