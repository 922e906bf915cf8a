package io.instruct4j.filters.curate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.filters.quality.QualityChain;
import io.instruct4j.filters.quality.QualityConfig;
import io.instruct4j.filters.quality.QualityFilters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code curate:} config section, mapped strictly (an unknown key fails). Every key may be
 * left out; the defaults are documented on each section. The chain always runs in the order of
 * {@link CurateStep} (quality, exact, near, semantic; see there why), skipping disabled steps.
 *
 * <pre>{@code
 * curate:
 *   inputs: [runs/si/instances.jsonl, data/alpaca.json]   # default none: give --input
 *   quality:                                              # see QualityConfig; default: the four safe checks
 *     output_length: {min_tokens: 2, max_tokens: 2000}
 *   exact_duplicate: {enabled: true, fields: instruction_input_output}
 *   near_duplicate: {enabled: true, threshold: 0.8, shingle_size: 3, num_hashes: 128,
 *                    fields: instruction_input_output, keep: first, bucket_scan_limit: 100}
 *   semantic_duplicate: {enabled: false, threshold: 0.95, fields: instruction_input_output,
 *                        batch_size: 64, neighbours: 10}
 * }</pre>
 *
 * <p>Every value is checked on construction, so a bad one fails when the config is loaded with
 * an error naming {@code curate.<section>.<key>}, before any input is read.
 *
 * @param inputs example files to curate when the command line names none (JSONL examples,
 *     Self-Instruct seed JSONL, Alpaca JSON or JSONL; gzip allowed); default none
 * @param quality the quality heuristics ({@link QualityConfig}); default the four safe checks
 * @param exactDuplicate exact dedup after normalization; default on
 * @param nearDuplicate MinHash near-duplicate dedup; default on
 * @param semanticDuplicate embedding dedup; default off
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = false)
public record CurateConfig(
    List<String> inputs,
    QualityConfig quality,
    ExactDuplicateSettings exactDuplicate,
    NearDuplicateSettings nearDuplicate,
    SemanticDuplicateSettings semanticDuplicate)
    implements Serializable {

  public CurateConfig {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i) == null || inputs.get(i).isBlank()) {
        throw new IllegalArgumentException("curate.inputs[" + i + "] is blank: give a file path");
      }
    }
    quality = quality == null ? QualityConfig.defaults() : quality;
    exactDuplicate = exactDuplicate == null ? ExactDuplicateSettings.defaults() : exactDuplicate;
    nearDuplicate = nearDuplicate == null ? NearDuplicateSettings.defaults() : nearDuplicate;
    semanticDuplicate = semanticDuplicate == null ? SemanticDuplicateSettings.defaults() : semanticDuplicate;
    // Builds the chain once to check the quality values; errors name curate.quality.<key>.
    QualityFilters.fromConfig(quality);
  }

  public static CurateConfig defaults() {
    return new CurateConfig(null, null, null, null, null);
  }

  /** The quality filters, in the order they run. */
  public QualityChain qualityChain() {
    return QualityFilters.fromConfig(quality);
  }

  /** The steps that run, in chain order; quality always runs (disable its checks one by one). */
  public List<CurateStep> enabledSteps() {
    List<CurateStep> steps = new ArrayList<>(List.of(CurateStep.QUALITY));
    if (exactDuplicate.enabled()) {
      steps.add(CurateStep.EXACT_DUPLICATE);
    }
    if (nearDuplicate.enabled()) {
      steps.add(CurateStep.NEAR_DUPLICATE);
    }
    if (semanticDuplicate.enabled()) {
      steps.add(CurateStep.SEMANTIC_DUPLICATE);
    }
    return List.copyOf(steps);
  }

  /** The dedup steps switched off, in chain order. */
  public List<CurateStep> disabledSteps() {
    List<CurateStep> off = new ArrayList<>(List.of(CurateStep.values()));
    off.removeAll(enabledSteps());
    return List.copyOf(off);
  }

  public CurateConfig withInputs(List<String> value) {
    return new CurateConfig(value, quality, exactDuplicate, nearDuplicate, semanticDuplicate);
  }

  public CurateConfig withQuality(QualityConfig value) {
    return new CurateConfig(inputs, value, exactDuplicate, nearDuplicate, semanticDuplicate);
  }

  public CurateConfig withExactDuplicate(ExactDuplicateSettings value) {
    return new CurateConfig(inputs, quality, value, nearDuplicate, semanticDuplicate);
  }

  public CurateConfig withNearDuplicate(NearDuplicateSettings value) {
    return new CurateConfig(inputs, quality, exactDuplicate, value, semanticDuplicate);
  }

  public CurateConfig withSemanticDuplicate(SemanticDuplicateSettings value) {
    return new CurateConfig(inputs, quality, exactDuplicate, nearDuplicate, value);
  }
}
