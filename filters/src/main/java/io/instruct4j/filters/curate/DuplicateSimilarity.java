package io.instruct4j.filters.curate;

import io.instruct4j.core.record.Reject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The similarity of a dedup reject to the example it duplicates, for {@link ClusterLine#similarity()}.
 *
 * <p>The dedup classes report the measured similarity only inside the reject reason (to four
 * decimals), so it is read back from there; the formats are the ones {@code ExactDedup},
 * {@code MinHashDedup} and {@code SemanticDedup} write, and the curate tests pin them, so a
 * change of wording fails a test rather than a user's run. When a near duplicate joined its
 * cluster through another member, its reason also gives the Jaccard with the kept example
 * ({@code "(jaccard 0.6471 with it)"}), and that is the value taken.
 */
final class DuplicateSimilarity {

  private static final Pattern TO_KEPT = Pattern.compile("\\((?:jaccard|cosine) (-?\\d+\\.\\d+) with it\\)");
  private static final Pattern LEADING = Pattern.compile("^(?:jaccard|cosine) (-?\\d+\\.\\d+) ");

  private DuplicateSimilarity() {}

  /** The reject's similarity to the kept example; exact duplicates are 1.0 by definition. */
  static double of(CurateStep step, Reject reject) {
    if (step == CurateStep.EXACT_DUPLICATE) {
      return 1.0;
    }
    Matcher toKept = TO_KEPT.matcher(reject.reason());
    if (toKept.find()) {
      return Double.parseDouble(toKept.group(1));
    }
    Matcher leading = LEADING.matcher(reject.reason());
    if (leading.find()) {
      return Double.parseDouble(leading.group(1));
    }
    throw new IllegalStateException("cannot read the similarity from the " + step.key()
        + " reason '" + reject.reason() + "': the dedup reason format changed; update DuplicateSimilarity");
  }
}
