package io.instruct4j.selfkg.pipeline;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfkg.template.RelationTemplate;
import io.instruct4j.selfkg.validate.TextFold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Keeps one example per question: questions are compared after folding case and width and
 * dropping whitespace and punctuation, so "What causes a cold?" and "what causes a cold" are one.
 * The kept one is the template example if there is one (its answer lists every fact), else the
 * smallest id; each other one is a {@value #FILTER} reject naming the kept id.
 */
public final class DropDuplicates extends PTransform<PCollection<Example>, StepResult<Example>> {

  static final String STAGE = "dedup";
  static final String FILTER = "duplicate";

  static final Comparator<Example> PREFERENCE = Comparator.<Example>comparingInt(e -> fromTemplate(e) ? 0 : 1)
      .thenComparing(Example::id);

  @Override
  public StepResult<Example> expand(PCollection<Example> examples) {
    TupleTag<Example> kept = new TupleTag<>() {};
    TupleTag<Reject> dropped = new TupleTag<>() {};
    PCollectionTuple out = examples
        .apply("ByQuestion", ParDo.of(new ByQuestion()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Example.class)))
        .apply(GroupByKey.create())
        .apply("KeepOne", ParDo.of(new KeepOne(kept, dropped)).withOutputTags(kept, TupleTagList.of(dropped)));
    return new StepResult<>(out.get(kept).setCoder(JsonCoder.of(Example.class)),
        out.get(dropped).setCoder(JsonCoder.of(Reject.class)),
        examples.getPipeline().apply("NoDeadLetters", org.apache.beam.sdk.transforms.Create.empty(
            JsonCoder.of(io.instruct4j.core.record.DeadLetter.class))));
  }

  /** The comparison key: folded, without whitespace and punctuation. */
  public static String key(String question) {
    return TextFold.fold(question).replaceAll("[\\p{P}\\p{S}\\s]+", "");
  }

  static boolean fromTemplate(Example e) {
    String id = e.provenance().promptTemplateId();
    return id != null && id.startsWith(RelationTemplate.ID_PREFIX);
  }

  static final class ByQuestion extends DoFn<Example, KV<String, Example>> {
    @ProcessElement
    public void process(@Element Example e, OutputReceiver<KV<String, Example>> out) {
      out.output(KV.of(key(e.instruction()), e));
    }
  }

  static final class KeepOne extends DoFn<KV<String, Iterable<Example>>, Example> {
    private final TupleTag<Example> kept;
    private final TupleTag<Reject> dropped;

    KeepOne(TupleTag<Example> kept, TupleTag<Reject> dropped) {
      this.kept = kept;
      this.dropped = dropped;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Example>> group, MultiOutputReceiver out) {
      List<Example> all = new ArrayList<>();
      group.getValue().forEach(all::add);
      all.sort(PREFERENCE);
      Example keep = all.get(0);
      out.get(kept).output(keep);
      for (Example e : all.subList(1, all.size())) {
        out.get(dropped).output(Reject.ofExample(STAGE, FILTER, "the same question as " + keep.id(), e)
            .withDuplicateOf(keep.id()));
      }
    }
  }
}
