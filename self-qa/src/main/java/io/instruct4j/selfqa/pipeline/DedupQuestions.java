package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Reject;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
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
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Drops repeated questions across the whole run before their answers are paid for. Questions are
 * equal when they match after NFKC, lower-casing and removing everything but letters and digits;
 * of equal questions the first in input order ({@link Question#ORDER}) is kept, so the choice does
 * not depend on the runner. Overlapping chunks make such repeats likely.
 */
public final class DedupQuestions extends PTransform<PCollection<Question>, StepResult<Question>> {

  /** Filter name of a repeated question. */
  public static final String DUPLICATE = "duplicate";

  @Override
  public StepResult<Question> expand(PCollection<Question> questions) {
    TupleTag<Question> kept = new TupleTag<>() {};
    TupleTag<Reject> rejects = new TupleTag<>() {};
    PCollectionTuple out = questions
        .apply("KeyByText", WithKeys.of((Question q) -> key(q.text())).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Question.class)))
        .apply("GroupEqual", GroupByKey.create())
        .apply("KeepFirst", ParDo.of(new KeepFirstFn(kept, rejects)).withOutputTags(kept, TupleTagList.of(rejects)));
    // Nothing here can fail for good: no dead letters, but StepResult wants the collection.
    PCollection<DeadLetter> none = questions.getPipeline()
        .apply("NoDeadLetters", Create.empty(JsonCoder.of(DeadLetter.class)));
    return new StepResult<>(out.get(kept).setCoder(JsonCoder.of(Question.class)),
        out.get(rejects).setCoder(JsonCoder.of(Reject.class)), none);
  }

  /** The comparison key of a question's text. */
  public static String key(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static final class KeepFirstFn extends DoFn<KV<String, Iterable<Question>>, Question> {
    private final TupleTag<Question> kept;
    private final TupleTag<Reject> rejects;

    KeepFirstFn(TupleTag<Question> kept, TupleTag<Reject> rejects) {
      this.kept = kept;
      this.rejects = rejects;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Question>> group, MultiOutputReceiver out) {
      List<Question> all = new ArrayList<>();
      group.getValue().forEach(all::add);
      all.sort(Question.ORDER);
      Question first = all.get(0);
      out.get(kept).output(first);
      for (Question q : all.subList(1, all.size())) {
        out.get(rejects).output(new Reject(Stages.QUESTIONS, DUPLICATE, "same question as " + first.id()
            + " (" + first.chunk().source() + ")", q.text(), null, first.id(), q.source()));
      }
    }
  }
}
