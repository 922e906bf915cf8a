package io.instruct4j.pipelines.curate;

import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.StepCluster;
import io.instruct4j.filters.curate.StepReject;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * What {@link CurateCorpus} made: the kept candidates, every step's rejects (each input ends in
 * exactly one of the two) and the duplicate clusters.
 */
public final class CurateResult implements POutput {

  private final PCollection<Candidate> kept;
  private final PCollection<StepReject> rejects;
  private final PCollection<StepCluster> clusters;

  CurateResult(PCollection<Candidate> kept, PCollection<StepReject> rejects, PCollection<StepCluster> clusters) {
    this.kept = kept;
    this.rejects = rejects;
    this.clusters = clusters;
  }

  public PCollection<Candidate> kept() {
    return kept;
  }

  public PCollection<StepReject> rejects() {
    return rejects;
  }

  public PCollection<StepCluster> clusters() {
    return clusters;
  }

  @Override
  public Pipeline getPipeline() {
    return kept.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    return Map.of(new TupleTag<>("kept"), kept, new TupleTag<>("rejects"), rejects,
        new TupleTag<>("clusters"), clusters);
  }

  @Override
  public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {}
}
