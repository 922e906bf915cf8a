package io.instruct4j.pipelines.curate;

import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.filters.curate.QualityGate;
import io.instruct4j.filters.curate.StepReject;
import java.util.Optional;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/** The quality step, per element: passing candidates to the main output, rejects to {@link #REJECTS}. */
final class QualityFn extends DoFn<Candidate, Candidate> {

  static final TupleTag<Candidate> PASSED = new TupleTag<>() {};
  static final TupleTag<StepReject> REJECTS = new TupleTag<>() {};

  private final CurateConfig config;
  private transient QualityGate gate;

  QualityFn(CurateConfig config) {
    this.config = config;
  }

  @Setup
  public void setup() {
    gate = new QualityGate(config.qualityChain());
  }

  @ProcessElement
  public void process(@Element Candidate candidate, MultiOutputReceiver out) {
    Optional<StepReject> reject = gate.check(candidate);
    if (reject.isPresent()) {
      out.get(REJECTS).output(reject.get());
    } else {
      out.get(PASSED).output(candidate);
    }
  }
}
