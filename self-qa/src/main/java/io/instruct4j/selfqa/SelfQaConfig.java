package io.instruct4j.selfqa;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The {@code self_qa:} section of the config. Sizes measured in "tokens" count a word or a CJK
 * character as one (the ROUGE tokenizer's units), so limits mean the same in English and Chinese.
 *
 * @param inputs documents or folders of documents to read (.txt, .md, .html, .pdf, .csv, .json)
 * @param documentLanguage {@code auto} (CJK share of the letters, per document), {@code en} or {@code zh}
 * @param chunkUnit what chunk sizes count: {@code tokens} (default) or {@code chars}
 * @param chunkSize the most a chunk may hold, in {@code chunk_unit}s (default 350)
 * @param chunkOverlap how much of the previous chunk's tail a chunk repeats, whole sentences (default 40)
 * @param minChunkChars a chunk with fewer visible characters is skipped (default 60)
 * @param questionsPerChunk questions asked for per chunk (default 5)
 * @param questionMinTokens shortest question kept (default 4)
 * @param questionMaxTokens longest question kept (default 80)
 * @param answerMinTokens shortest answer kept (default 3)
 * @param answerMaxTokens longest answer kept (default 400)
 * @param supportMetric how an answer's grounding in its chunk is measured: {@code rouge_l_recall}
 *     (LCS of answer and chunk over the answer's length, default) or {@code token_overlap}
 *     (share of the answer's tokens found in the chunk)
 * @param minAnswerSupport an answer scoring below this is rejected as unsupported (default 0.5)
 * @param extraReferencePhrases phrases besides the built-in list that mark a question or answer
 *     as referring to the text ("the passage", "上文") instead of standing alone
 * @param temperature sampling temperature of the question calls (default 0.7)
 * @param topP nucleus mass of the question calls (default 0.9)
 * @param answerTemperature sampling temperature of the answer calls (default 0, greedy)
 * @param maxTokens completion token limit of every call (default 1024)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelfQaConfig(
    List<String> inputs,
    String documentLanguage,
    String chunkUnit,
    Integer chunkSize,
    Integer chunkOverlap,
    Integer minChunkChars,
    Integer questionsPerChunk,
    Integer questionMinTokens,
    Integer questionMaxTokens,
    Integer answerMinTokens,
    Integer answerMaxTokens,
    String supportMetric,
    Double minAnswerSupport,
    List<String> extraReferencePhrases,
    Double temperature,
    Double topP,
    Double answerTemperature,
    Integer maxTokens)
    implements Serializable {

  /** Accepted values of {@code document_language}. */
  public static final Set<String> DOCUMENT_LANGUAGES = Set.of("auto", "en", "zh");
  /** Accepted values of {@code chunk_unit}. */
  public static final Set<String> CHUNK_UNITS = Set.of("tokens", "chars");
  /** Accepted values of {@code support_metric}. */
  public static final Set<String> SUPPORT_METRICS = Set.of("rouge_l_recall", "token_overlap");

  public SelfQaConfig {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    documentLanguage = oneOf("document_language", documentLanguage, "auto", DOCUMENT_LANGUAGES);
    chunkUnit = oneOf("chunk_unit", chunkUnit, "tokens", CHUNK_UNITS);
    chunkSize = atLeast("chunk_size", chunkSize, 350, 1);
    chunkOverlap = atLeast("chunk_overlap", chunkOverlap, 40, 0);
    if (chunkOverlap >= chunkSize) {
      throw new IllegalArgumentException("self_qa.chunk_overlap (" + chunkOverlap
          + ") must be below self_qa.chunk_size (" + chunkSize + ")");
    }
    minChunkChars = atLeast("min_chunk_chars", minChunkChars, 60, 0);
    questionsPerChunk = atLeast("questions_per_chunk", questionsPerChunk, 5, 1);
    questionMinTokens = atLeast("question_min_tokens", questionMinTokens, 4, 1);
    questionMaxTokens = atLeast("question_max_tokens", questionMaxTokens, 80, questionMinTokens);
    answerMinTokens = atLeast("answer_min_tokens", answerMinTokens, 3, 1);
    answerMaxTokens = atLeast("answer_max_tokens", answerMaxTokens, 400, answerMinTokens);
    supportMetric = oneOf("support_metric", supportMetric, "rouge_l_recall", SUPPORT_METRICS);
    minAnswerSupport = minAnswerSupport == null ? 0.5 : minAnswerSupport;
    if (!(minAnswerSupport >= 0 && minAnswerSupport <= 1)) {
      throw new IllegalArgumentException("self_qa.min_answer_support must be in [0, 1], got " + minAnswerSupport);
    }
    extraReferencePhrases = extraReferencePhrases == null ? List.of() : List.copyOf(extraReferencePhrases);
    for (String phrase : extraReferencePhrases) {
      if (phrase == null || phrase.isBlank()) {
        throw new IllegalArgumentException("self_qa.extra_reference_phrases must not contain a blank phrase");
      }
    }
    temperature = range("temperature", temperature, 0.7, 0, 2);
    topP = topP == null ? 0.9 : topP;
    if (!(topP > 0 && topP <= 1)) {
      throw new IllegalArgumentException("self_qa.top_p must be in (0, 1], got " + topP);
    }
    answerTemperature = range("answer_temperature", answerTemperature, 0.0, 0, 2);
    maxTokens = atLeast("max_tokens", maxTokens, 1024, 1);
  }

  public static SelfQaConfig defaults() {
    return new SelfQaConfig(null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null);
  }

  /** A copy reading {@code value} instead of the configured inputs. */
  public SelfQaConfig withInputs(List<String> value) {
    return new SelfQaConfig(value, documentLanguage, chunkUnit, chunkSize, chunkOverlap, minChunkChars,
        questionsPerChunk, questionMinTokens, questionMaxTokens, answerMinTokens, answerMaxTokens,
        supportMetric, minAnswerSupport, extraReferencePhrases, temperature, topP, answerTemperature, maxTokens);
  }

  /** A copy with other chunking settings. */
  public SelfQaConfig withChunking(String unit, int size, int overlap, int minChars) {
    return new SelfQaConfig(inputs, documentLanguage, unit, size, overlap, minChars,
        questionsPerChunk, questionMinTokens, questionMaxTokens, answerMinTokens, answerMaxTokens,
        supportMetric, minAnswerSupport, extraReferencePhrases, temperature, topP, answerTemperature, maxTokens);
  }

  /** A copy asking {@code n} questions per chunk. */
  public SelfQaConfig withQuestionsPerChunk(int n) {
    return new SelfQaConfig(inputs, documentLanguage, chunkUnit, chunkSize, chunkOverlap, minChunkChars,
        n, questionMinTokens, questionMaxTokens, answerMinTokens, answerMaxTokens,
        supportMetric, minAnswerSupport, extraReferencePhrases, temperature, topP, answerTemperature, maxTokens);
  }

  private static String oneOf(String key, String value, String fallback, Set<String> allowed) {
    String v = value == null ? fallback : value;
    if (!allowed.contains(v)) {
      throw new IllegalArgumentException("self_qa." + key + " must be one of "
          + allowed.stream().sorted().toList() + ", got '" + v + "'");
    }
    return v;
  }

  private static int atLeast(String key, Integer value, int fallback, int min) {
    int v = value == null ? fallback : value;
    if (v < min) {
      throw new IllegalArgumentException("self_qa." + key + " must be at least " + min + ", got " + v);
    }
    return v;
  }

  private static double range(String key, Double value, double fallback, double min, double max) {
    double v = value == null ? fallback : value;
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException("self_qa." + key + " must be in [" + min + ", " + max + "], got " + v);
    }
    return v;
  }
}
