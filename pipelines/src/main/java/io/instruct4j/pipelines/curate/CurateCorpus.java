package io.instruct4j.pipelines.curate;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.filters.curate.StepCluster;
import io.instruct4j.filters.curate.StepReject;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The curation chain as Beam steps: the quality filters as a parallel ParDo (rejects as a second
 * output), then every candidate that passed gathered under one constant key and deduplicated in
 * one place by {@link DedupFn}.
 *
 * <p>Why one key: exact, MinHash and semantic dedup are sequential in-memory algorithms whose
 * "keep the earliest" rule needs the whole corpus in input order; sharding them would let two
 * shards keep one copy each. A single group is also what makes Direct and Flink runs give the
 * same bytes. The cost is that dedup runs on one worker and its input must fit in that worker's
 * memory: about 1 KB per short example plus the dedup indexes, so a million examples need a
 * couple of GB of heap. Quality filtering, the per-example work, stays parallel.
 */
public final class CurateCorpus extends PTransform<PCollection<Candidate>, CurateResult> {

  /** The one key every candidate is grouped under. */
  static final int CORPUS = 0;

  private final CurateConfig config;

  public CurateCorpus(CurateConfig config) {
    this.config = config;
  }

  @Override
  public CurateResult expand(PCollection<Candidate> candidates) {
    PCollectionTuple quality = candidates.apply("Quality",
        ParDo.of(new QualityFn(config)).withOutputTags(QualityFn.PASSED, TupleTagList.of(QualityFn.REJECTS)));
    PCollection<Candidate> passed = quality.get(QualityFn.PASSED).setCoder(JsonCoder.of(Candidate.class));
    PCollection<StepReject> qualityRejects = quality.get(QualityFn.REJECTS).setCoder(JsonCoder.of(StepReject.class));

    PCollectionTuple dedup = passed
        .apply("KeyAsCorpus", WithKeys.<Integer, Candidate>of(CORPUS))
        .setCoder(KvCoder.of(VarIntCoder.of(), JsonCoder.of(Candidate.class)))
        .apply("GatherCorpus", GroupByKey.create())
        .apply("Dedup", ParDo.of(new DedupFn(config))
            .withOutputTags(DedupFn.KEPT, TupleTagList.of(DedupFn.REJECTS).and(DedupFn.CLUSTERS)));
    PCollection<Candidate> kept = dedup.get(DedupFn.KEPT).setCoder(JsonCoder.of(Candidate.class));
    PCollection<StepReject> dedupRejects = dedup.get(DedupFn.REJECTS).setCoder(JsonCoder.of(StepReject.class));
    PCollection<StepCluster> clusters = dedup.get(DedupFn.CLUSTERS).setCoder(JsonCoder.of(StepCluster.class));

    PCollection<StepReject> rejects = PCollectionList.of(qualityRejects).and(dedupRejects)
        .apply("AllRejects", Flatten.pCollections());
    return new CurateResult(kept, rejects, clusters);
  }
}
