package io.instruct4j.selfqa.filter;

import io.instruct4j.filters.rouge.RougeL;
import io.instruct4j.filters.rouge.RougeTokenizer;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of an answer its chunk supports, in [0, 1], on Porter-stemmed ROUGE tokens (CJK
 * characters are single tokens). {@code rouge_l_recall}: the longest common subsequence of answer
 * and chunk over the answer's length, i.e. ROUGE-L recall with the answer as the reference, which
 * rewards answers that restate the passage in its order. {@code token_overlap}: the share of the
 * answer's tokens that occur anywhere in the chunk, which forgives reordering. An answer the model
 * made up from its own knowledge scores low on both.
 */
public final class SupportScorer implements Serializable {

  private static final long serialVersionUID = 1L;

  private final boolean lcs;

  /** @param metric {@code rouge_l_recall} or {@code token_overlap} */
  public SupportScorer(String metric) {
    if (!metric.equals("rouge_l_recall") && !metric.equals("token_overlap")) {
      throw new IllegalArgumentException("support metric must be rouge_l_recall or token_overlap, got '" + metric + "'");
    }
    this.lcs = metric.equals("rouge_l_recall");
  }

  public String metric() {
    return lcs ? "rouge_l_recall" : "token_overlap";
  }

  /** The support of {@code answer} by {@code chunk}; 0 for an answer without tokens. */
  public double score(String answer, String chunk) {
    List<String> a = RougeTokenizer.porterStemming().tokenize(answer);
    List<String> c = RougeTokenizer.porterStemming().tokenize(chunk);
    if (a.isEmpty()) {
      return 0.0;
    }
    if (!lcs) {
      Set<String> inChunk = new HashSet<>(c);
      long found = a.stream().filter(inChunk::contains).count();
      return (double) found / a.size();
    }
    Map<String, Integer> ids = new HashMap<>();
    return (double) RougeL.lcs(intern(a, ids), intern(c, ids)) / a.size();
  }

  private static int[] intern(List<String> tokens, Map<String, Integer> ids) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(tokens.get(i), t -> ids.size());
    }
    return out;
  }
}
