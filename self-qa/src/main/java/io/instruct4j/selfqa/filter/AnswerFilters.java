package io.instruct4j.selfqa.filter;

import io.instruct4j.selfqa.SelfQaConfig;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks a generated answer must pass: it does not refer to the text, its length is within
 * limits, and its chunk supports it (so it was read from the passage, not made up).
 */
public final class AnswerFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Filter name of an answer its chunk does not support. */
  public static final String UNSUPPORTED = "unsupported";

  private final ReferencePhrases references;
  private final LengthLimits length;
  private final SupportScorer scorer;
  private final double minSupport;

  public AnswerFilters(ReferencePhrases references, LengthLimits length, SupportScorer scorer, double minSupport) {
    if (!(minSupport >= 0 && minSupport <= 1)) {
      throw new IllegalArgumentException("minimum support must be in [0, 1], got " + minSupport);
    }
    this.references = references;
    this.length = length;
    this.scorer = scorer;
    this.minSupport = minSupport;
  }

  public static AnswerFilters fromConfig(SelfQaConfig config) {
    return new AnswerFilters(new ReferencePhrases(config.extraReferencePhrases()),
        new LengthLimits("answer", config.answerMinTokens(), config.answerMaxTokens()),
        new SupportScorer(config.supportMetric()), config.minAnswerSupport());
  }

  public String metric() {
    return scorer.metric();
  }

  public AnswerCheck check(String answer, String chunk) {
    Optional<FilterRejection> r = references.check("answer", answer);
    if (r.isEmpty()) {
      r = length.check(answer);
    }
    if (r.isPresent()) {
      return new AnswerCheck(Double.NaN, r);
    }
    double support = scorer.score(answer, chunk);
    if (support < minSupport) {
      r = Optional.of(new FilterRejection(UNSUPPORTED, String.format(Locale.ROOT,
          "answer support %.2f (%s against its chunk) is below self_qa.min_answer_support %.2f",
          support, scorer.metric(), minSupport)));
    }
    return new AnswerCheck(support, r);
  }
}
