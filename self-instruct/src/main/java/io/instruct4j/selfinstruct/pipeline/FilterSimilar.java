package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.rouge.IndexedRougeScorer;
import io.instruct4j.filters.rouge.RougeFilterResult;
import io.instruct4j.filters.rouge.RougeSimilarityFilter;
import io.instruct4j.filters.rouge.RougeTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Rejects candidates too similar (ROUGE-L) to the pool or to an earlier candidate of the round.
 *
 * <p>The check is sequential by nature (each accepted candidate joins the pool), so all of a
 * round's candidates meet in one group and are processed in their (round, request, position)
 * order: the same decisions on every runner and every rerun.
 */
public final class FilterSimilar extends PTransform<PCollection<Candidate>, StepResult<Example>> {

  private final List<PoolEntry> pool;
  private final double threshold;
  private final String language;

  public FilterSimilar(List<PoolEntry> pool, double threshold, String language) {
    this.pool = List.copyOf(pool);
    this.threshold = threshold;
    this.language = language;
  }

  @Override
  public StepResult<Example> expand(PCollection<Candidate> candidates) {
    TupleTag<Example> accepted = new TupleTag<>() {};
    TupleTag<Reject> rejected = new TupleTag<>() {};
    PCollectionTuple out = candidates
        .apply("OneGroup", WithKeys.of("round"))
        .apply("Gather", GroupByKey.create())
        .apply("CheckInOrder", ParDo.of(new CheckFn(pool, threshold, language, accepted, rejected))
            .withOutputTags(accepted, TupleTagList.of(rejected)));
    PCollection<DeadLetter> none = candidates.getPipeline()
        .apply("NoDeadLetters", Create.empty(JsonCoder.of(DeadLetter.class)));
    return new StepResult<>(
        out.get(accepted).setCoder(JsonCoder.of(Example.class)),
        out.get(rejected).setCoder(JsonCoder.of(Reject.class)),
        none);
  }

  /** Sorts the round's candidates and runs the ROUGE-L filter over them against the pool. */
  static final class CheckFn extends DoFn<KV<String, Iterable<Candidate>>, Example> {
    private final List<PoolEntry> pool;
    private final double threshold;
    private final String language;
    private final TupleTag<Example> accepted;
    private final TupleTag<Reject> rejected;

    CheckFn(List<PoolEntry> pool, double threshold, String language, TupleTag<Example> accepted,
        TupleTag<Reject> rejected) {
      this.pool = pool;
      this.threshold = threshold;
      this.language = language;
      this.accepted = accepted;
      this.rejected = rejected;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Candidate>> group, MultiOutputReceiver out) {
      List<Candidate> sorted = new ArrayList<>();
      group.getValue().forEach(sorted::add);
      sorted.sort(Candidate.ORDER);
      List<Example> ordered = new ArrayList<>(sorted.size());
      for (Candidate c : sorted) {
        ordered.add(c.toExample(language));
      }
      try (IndexedRougeScorer index = new IndexedRougeScorer(RougeTokenizer.plain())) {
        index.addAll(pool.stream().map(PoolEntry::id).toList(), pool.stream().map(PoolEntry::text).toList());
        RougeFilterResult result = new RougeSimilarityFilter(index, threshold, true, "bootstrap").filter(ordered);
        result.accepted().forEach(e -> out.get(accepted).output(e));
        result.rejected().forEach(r -> out.get(rejected).output(r));
      }
    }
  }
}
