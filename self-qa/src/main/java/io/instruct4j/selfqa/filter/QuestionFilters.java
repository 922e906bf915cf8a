package io.instruct4j.selfqa.filter;

import io.instruct4j.selfqa.SelfQaConfig;
import io.instruct4j.selfqa.ingest.LanguageDetector;
import java.io.Serializable;
import java.util.Optional;

/**
 * The checks a generated question must pass before an answer is paid for: it stands alone (no
 * reference to "the passage"), its length is within limits, and it is in the document's language.
 * Duplicates are found across the whole run, in the pipeline.
 */
public final class QuestionFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Filter name of a question in another language than its document. */
  public static final String WRONG_LANGUAGE = "wrong_language";

  private final ReferencePhrases references;
  private final LengthLimits length;

  public QuestionFilters(ReferencePhrases references, LengthLimits length) {
    this.references = references;
    this.length = length;
  }

  public static QuestionFilters fromConfig(SelfQaConfig config) {
    return new QuestionFilters(new ReferencePhrases(config.extraReferencePhrases()),
        new LengthLimits("question", config.questionMinTokens(), config.questionMaxTokens()));
  }

  /** The first check {@code question} fails, if any. */
  public Optional<FilterRejection> check(String question, String language) {
    Optional<FilterRejection> r = references.check("question", question);
    if (r.isEmpty()) {
      r = length.check(question);
    }
    if (r.isEmpty()) {
      String detected = LanguageDetector.detect(question, language);
      if (!detected.equals(language)) {
        r = Optional.of(new FilterRejection(WRONG_LANGUAGE, "question is in " + detected
            + " but its document is in " + language));
      }
    }
    return r;
  }
}
