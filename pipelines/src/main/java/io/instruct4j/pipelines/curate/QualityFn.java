package io.instruct4j.pipelines.curate;

import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.filters.curate.QualityGate;
import io.instruct4j.filters.curate.StepReject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * The quality step over one slice file: a slice where every candidate passes goes on as it is;
 * otherwise the passing candidates and the rejects are written as a new slice, which goes on
 * instead.
 */
final class QualityFn extends DoFn<String, String> {

  private final CurateConfig config;
  private final String folder;
  private transient QualityGate gate;

  /** {@code folder}: where changed slices are written. */
  QualityFn(CurateConfig config, Path folder) {
    this.config = config;
    this.folder = folder.toAbsolutePath().toString();
  }

  @Setup
  public void setup() {
    gate = new QualityGate(config.qualityChain());
  }

  @ProcessElement
  public void process(@Element String file, OutputReceiver<String> out) {
    CurateBatch batch = SliceFiles.read(Path.of(file));
    List<Candidate> passed = new ArrayList<>(batch.candidates().size());
    List<StepReject> rejects = new ArrayList<>(batch.rejects());
    for (Candidate candidate : batch.candidates()) {
      Optional<StepReject> reject = gate.check(candidate);
      if (reject.isPresent()) {
        rejects.add(reject.get());
      } else {
        passed.add(candidate);
      }
    }
    out.output(rejects.size() == batch.rejects().size()
        ? file : SliceFiles.write(Path.of(folder), new CurateBatch(passed, rejects)).toString());
  }
}
