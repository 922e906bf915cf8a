package io.instruct4j.pipelines.curate;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.ExampleSources;
import io.instruct4j.core.io.InputFormat;
import io.instruct4j.core.io.RecordSource;
import io.instruct4j.core.io.Sourced;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.curate.Candidate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the input files in the driver, in the order given, and writes them as numbered
 * {@link Candidate}s, cut into {@link CurateBatch} slice files, for the pipeline. Reading here rather than in Beam keeps format detection,
 * the bad-record policy and {@code file:line} sources in one place, and the input position
 * (which dedup's "keep the earliest" depends on) is simply a counter. The examples are streamed
 * to the work file, never held in memory here.
 */
final class CurateInputs {

  /**
   * What was read: per file, the malformed records refused under {@code bad_records: reject}, and
   * the slice files written.
   */
  record Read(List<InputFileReport> files, List<Reject> rejects, long examples, List<String> slices) {}

  private CurateInputs() {}

  /** Checks every input before reading any, so a typo in the last file fails at once. */
  static List<InputFormat> check(List<Path> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input files: give --input FILE or set curate.inputs");
    }
    Set<Path> seen = new HashSet<>();
    List<InputFormat> formats = new ArrayList<>();
    for (Path input : inputs) {
      if (!seen.add(input.toAbsolutePath().normalize())) {
        throw new IllegalArgumentException("input file " + input + " is given twice");
      }
      formats.add(ExampleSources.detect(input));
    }
    return formats;
  }

  /**
   * Reads {@code inputs}, in the {@code formats} {@link #check} found, into slices of at most
   * {@code batchSize} in {@code folder}; malformed records fail or are rejected. {@code examplesRead}
   * follows the count, for a progress line.
   */
  static Read read(List<Path> inputs, List<InputFormat> formats, String language, boolean rejectMalformed,
      Path folder, int batchSize, AtomicLong examplesRead) {
    List<Reject> rejects = new ArrayList<>();
    BadRecords badRecords = rejectMalformed ? BadRecords.rejectTo(rejects::add) : BadRecords.fail();
    List<InputFileReport> files = new ArrayList<>();
    long position = 0;
    try (SliceWriter writer = new SliceWriter(folder)) {
      // A slice also ends at ~4M characters, so a corpus of huge examples does not make huge slices.
      CurateBatch.Cutter slices = new CurateBatch.Cutter(batchSize, 4_000_000L, writer::write);
      for (int i = 0; i < inputs.size(); i++) {
        long first = position;
        try (RecordSource<Example> source = ExampleSources.open(inputs.get(i), formats.get(i), language, badRecords)) {
          while (source.hasNext()) {
            Sourced<Example> next = source.next();
            slices.add(new Candidate(position++, next.source(), next.value()));
            examplesRead.set(position);
          }
          files.add(new InputFileReport(source.file(), formats.get(i).description(),
              source.counts().read(), position - first, source.counts().rejected()));
        }
      }
      slices.finish();
      return new Read(files, rejects, position, writer.finish());
    }
  }
}
