package io.instruct4j.pipelines.curate;

import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.filters.curate.DedupChain;
import io.instruct4j.filters.curate.DedupChainResult;
import io.instruct4j.filters.curate.StepReject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * The dedup steps over the whole corpus, gathered under one key as slice files: reads every
 * slice, runs the {@link DedupChain} and writes the chain's outputs ({@link ChainOutputs}), whose
 * counts it passes on. The chain sorts by input position, so the result does not depend on the
 * order the runner delivered the slices in, and the files are written whole and replaced
 * atomically, so a retried bundle rewrites the same bytes.
 */
final class DedupFn extends DoFn<KV<Integer, Iterable<String>>, CurateCounts> {

  private final CurateConfig config;
  private final String outputs;
  private transient DedupChain chain;

  DedupFn(CurateConfig config, Path outputs) {
    this.config = config;
    this.outputs = outputs.toAbsolutePath().toString();
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<String>> group, OutputReceiver<CurateCounts> out) {
    if (chain == null) {
      // Built on first use rather than in @Setup: a runner may set up several instances, but only
      // the one that receives the single corpus group should pay for loading the embedding model.
      chain = DedupChain.fromConfig(config);
    }
    List<String> files = new ArrayList<>();
    group.getValue().forEach(files::add);
    List<Candidate> candidates = new ArrayList<>();
    List<StepReject> rejects = new ArrayList<>();
    // Parsing the slices is per-file work: on all cores (the chain sorts by position anyway).
    for (CurateBatch batch : files.parallelStream().map(file -> SliceFiles.read(Path.of(file))).toList()) {
      candidates.addAll(batch.candidates());
      rejects.addAll(batch.rejects());
    }
    DedupChainResult result = chain.run(candidates);
    rejects.addAll(result.rejects());
    out.output(ChainOutputs.write(Path.of(outputs), result.kept(), rejects, result.clusters()));
  }
}
