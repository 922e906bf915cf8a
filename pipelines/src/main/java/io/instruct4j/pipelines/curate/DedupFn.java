package io.instruct4j.pipelines.curate;

import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.filters.curate.DedupChain;
import io.instruct4j.filters.curate.DedupChainResult;
import io.instruct4j.filters.curate.StepCluster;
import io.instruct4j.filters.curate.StepReject;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The dedup steps over the whole corpus, gathered under one key: kept candidates to the main
 * output, rejects and clusters to theirs. {@link DedupChain} sorts by input position, so the
 * result does not depend on the order the runner delivered the group in.
 */
final class DedupFn extends DoFn<KV<Integer, Iterable<Candidate>>, Candidate> {

  static final TupleTag<Candidate> KEPT = new TupleTag<>() {};
  static final TupleTag<StepReject> REJECTS = new TupleTag<>() {};
  static final TupleTag<StepCluster> CLUSTERS = new TupleTag<>() {};

  private final CurateConfig config;
  private transient DedupChain chain;

  DedupFn(CurateConfig config) {
    this.config = config;
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<Candidate>> group, MultiOutputReceiver out) {
    if (chain == null) {
      // Built on first use rather than in @Setup: a runner may set up several instances, but only
      // the one that receives the single corpus group should pay for loading the embedding model.
      chain = DedupChain.fromConfig(config);
    }
    List<Candidate> candidates = new ArrayList<>();
    group.getValue().forEach(candidates::add);
    DedupChainResult result = chain.run(candidates);
    result.kept().forEach(out.get(KEPT)::output);
    result.rejects().forEach(out.get(REJECTS)::output);
    result.clusters().forEach(out.get(CLUSTERS)::output);
  }
}
