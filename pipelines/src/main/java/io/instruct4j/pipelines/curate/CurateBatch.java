package io.instruct4j.pipelines.curate;

import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.StepReject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A slice of the corpus: candidates still in the chain, and the examples the quality step took
 * out of it. Slices are the unit of parallel work and travel as files ({@link SliceFiles}).
 *
 * <p>Why slices and not one element per example: curation does microseconds of work per example,
 * while a runner spends tens of microseconds on every element it moves (coding, bundling, and on
 * the DirectRunner watermark bookkeeping per bundle). One element per example made the pipeline
 * twenty times slower than the dedup it drives.
 *
 * @param candidates examples still in the chain, in input order
 * @param rejects the quality step's rejects from this slice
 */
record CurateBatch(List<Candidate> candidates, List<StepReject> rejects) implements Serializable {

  CurateBatch {
    candidates = List.copyOf(candidates);
    rejects = List.copyOf(rejects);
  }

  /** Cuts a stream of candidates into slices by count or by text size, handing each to a sink. */
  static final class Cutter {
    private final int maxCount;
    private final long maxChars;
    private final Consumer<CurateBatch> sink;
    private final List<Candidate> current = new ArrayList<>();
    private long chars;
    private boolean any;

    Cutter(int maxCount, long maxChars, Consumer<CurateBatch> sink) {
      if (maxCount < 1 || maxChars < 1) {
        throw new IllegalArgumentException("batch limits must be >= 1, got " + maxCount + " and " + maxChars);
      }
      this.maxCount = maxCount;
      this.maxChars = maxChars;
      this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Adds a candidate, handing on the slice when this one filled it. */
    void add(Candidate candidate) {
      current.add(candidate);
      chars += candidate.example().instruction().length() + candidate.example().input().length()
          + candidate.example().output().length();
      if (current.size() >= maxCount || chars >= maxChars) {
        hand();
      }
    }

    /**
     * Hands on the slice in progress. An input without examples still gives one (empty) slice,
     * so the pipeline always runs its dedup step and writes its outputs.
     */
    void finish() {
      if (!current.isEmpty() || !any) {
        hand();
      }
    }

    private void hand() {
      sink.accept(new CurateBatch(current, List.of()));
      current.clear();
      chars = 0;
      any = true;
    }
  }
}
