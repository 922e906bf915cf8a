package io.instruct4j.pipelines.curate;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.filters.curate.CurateConfig;
import java.nio.file.Path;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;

/**
 * The curation chain as Beam steps over slice files ({@link CurateBatch}): the quality filters in
 * parallel, slice by slice, then every slice gathered under one constant key and deduplicated in
 * one place by {@link DedupFn}, which writes the outputs and passes on their counts.
 *
 * <p>Why one key: exact, MinHash and semantic dedup are sequential in-memory algorithms whose
 * "keep the earliest" rule needs the whole corpus in input order; sharding them would let two
 * shards keep one copy each. A single group is also what makes Direct and Flink runs give the
 * same bytes. The cost is that dedup runs on one worker (its hashing on all of that worker's
 * cores) and its input must fit in that worker's memory: about 1 KB per short example plus the
 * dedup indexes, so a million examples need a couple of GB of heap.
 *
 * <p>Why file names and not examples as elements ("claim check"): the DirectRunner keeps a group
 * in an in-memory state bag that it copies, encoding and decoding every value, each time a bundle
 * adds to it; with the corpus as the group that copying cost more than all of curation, and
 * coding the slices between steps cost as much again. On a cluster the work folder, like the
 * output folder, must be on storage every worker sees.
 */
final class CurateCorpus extends PTransform<PCollection<String>, PCollection<CurateCounts>> {

  /** The one key every slice is grouped under. */
  static final int CORPUS = 0;

  private final CurateConfig config;
  private final String slices;
  private final String outputs;

  /**
   * @param config the chain
   * @param slices the work folder for slices the quality step changed
   * @param outputs the work folder for the chain's output files
   */
  CurateCorpus(CurateConfig config, Path slices, Path outputs) {
    this.config = config;
    this.slices = slices.toAbsolutePath().toString();
    this.outputs = outputs.toAbsolutePath().toString();
  }

  @Override
  public PCollection<CurateCounts> expand(PCollection<String> sliceFiles) {
    PCollection<String> passed = sliceFiles;
    if (!config.qualityChain().filters().isEmpty()) {
      passed = sliceFiles.apply("Quality", ParDo.of(new QualityFn(config, Path.of(slices))));
    }
    return passed
        .apply("KeyAsCorpus", WithKeys.<Integer, String>of(CORPUS))
        .setCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()))
        .apply("GatherCorpus", GroupByKey.create())
        .apply("Dedup", ParDo.of(new DedupFn(config, Path.of(outputs))))
        .setCoder(JsonCoder.of(CurateCounts.class));
  }
}
