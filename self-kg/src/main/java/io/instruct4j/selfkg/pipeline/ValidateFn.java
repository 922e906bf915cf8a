package io.instruct4j.selfkg.pipeline;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Provenance;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfkg.validate.NameMatcher;
import io.instruct4j.selfkg.validate.QaValidator;
import io.instruct4j.selfkg.validate.Verdict;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Validates candidates against the whole graph's names (a side input) and turns the ones that pass
 * into examples whose provenance lists the facts they use, plus model and prompt for LLM pairs.
 */
final class ValidateFn extends DoFn<Candidate, Example> {

  /** Stage name of validation rejects. */
  static final String STAGE = "validate";

  private final QaValidator validator;
  private final PCollectionView<List<String>> vocabulary;
  private final String language;
  private final int minChars;
  private final List<String> ignore;
  private final TupleTag<Example> examples;
  private final TupleTag<Reject> rejects;
  private transient NameMatcher matcher;
  private transient int matcherSize = -1;

  ValidateFn(QaValidator validator, PCollectionView<List<String>> vocabulary, String language, int minChars,
      List<String> ignore, TupleTag<Example> examples, TupleTag<Reject> rejects) {
    this.validator = validator;
    this.vocabulary = vocabulary;
    this.language = language;
    this.minChars = minChars;
    this.ignore = List.copyOf(ignore);
    this.examples = examples;
    this.rejects = rejects;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    Candidate c = context.element();
    Verdict verdict = validator.check(c.question(), c.answer(), c.facts(), c.asked(), matcher(context));
    Example example = toExample(c, verdict.usedFactIds(), language);
    if (verdict.passed()) {
      context.output(examples, example);
    } else {
      context.output(rejects, new Reject(STAGE, verdict.filter(), verdict.reason(), null, example, null, c.source()));
    }
  }

  /**
   * Built once per DoFn instance: the pipeline is one bounded batch in the global window, so the
   * side input is the same list for every element (runners may hand out a new copy each call, so
   * identity cannot tell; the size guards against a different window).
   */
  private NameMatcher matcher(ProcessContext context) {
    List<String> names = context.sideInput(vocabulary);
    if (matcher == null || matcherSize != names.size()) {
      matcher = new NameMatcher(names, minChars, ignore);
      matcherSize = names.size();
    }
    return matcher;
  }

  static Example toExample(Candidate c, List<String> factIds, String language) {
    Provenance p = Provenance.EMPTY.withKgTriples(factIds)
        .withPrompt(c.templateId(), c.templateVersion(), c.promptHash());
    if (!c.fromTemplate()) {
      p = p.withModel(c.model());
    }
    return Example.of(c.question(), "", c.answer(), Method.SELF_KG, language).withProvenance(p);
  }
}
