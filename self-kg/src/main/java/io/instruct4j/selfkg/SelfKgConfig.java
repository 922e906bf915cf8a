package io.instruct4j.selfkg;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.selfkg.template.RelationTemplateSpec;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code self_kg:} section of the config.
 *
 * @param inputs knowledge-graph files to read; the format comes from the extension
 *     ({@code .tsv .csv .nt .ttl .jsonld .json .jsonl}, optionally {@code .gz})
 * @param generator {@code template} (no LLM), {@code llm} or {@code both} (default)
 * @param hops 1 (the entity's own facts, default) or 2 (plus the facts of the entities they point to)
 * @param maxFactsPerPrompt most facts written into one LLM prompt (default 30); own facts come first,
 *     each part sorted, so which facts are left out is deterministic
 * @param questionsPerEntity question–answer pairs asked of the LLM per entity (default 5)
 * @param header TSV/CSV header row: {@code auto} (default: a first row naming the columns is a
 *     header), {@code true} or {@code false}
 * @param columns the TSV/CSV column order when there is no header (default head, relation, tail)
 * @param entityKey the entity-name key of JSON entity records (default {@code 中心词}, as in CMeKG)
 * @param relations the list-valued keys of JSON entity records to read; empty = every other key
 * @param labelLanguage preferred language of RDF labels and literals; default: the run's language
 * @param templatesFile a YAML file of relation templates merged over the built-in defaults
 * @param templates relation templates given inline, merged over the file and the defaults
 * @param domain the domain named in the LLM prompt, e.g. {@code medicine} or {@code 医学}
 * @param answerMustMention {@code any} (default) or {@code all} tails of the facts asked about
 * @param minNameChars shortest entity name the lexical checks look for (default 2 characters)
 * @param ignoreNames names never treated as knowledge-graph entities by the lexical checks
 * @param temperature sampling temperature of the LLM (default 0.7)
 * @param topP nucleus mass of the LLM (default 0.9)
 * @param maxTokens completion token limit of one LLM reply (default 1536)
 * @param replyRetries extra samples when a reply holds no question–answer pair (default 1)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelfKgConfig(
    List<String> inputs,
    String generator,
    Integer hops,
    Integer maxFactsPerPrompt,
    Integer questionsPerEntity,
    String header,
    List<String> columns,
    String entityKey,
    List<String> relations,
    String labelLanguage,
    String templatesFile,
    Map<String, RelationTemplateSpec> templates,
    String domain,
    String answerMustMention,
    Integer minNameChars,
    List<String> ignoreNames,
    Double temperature,
    Double topP,
    Integer maxTokens,
    Integer replyRetries)
    implements Serializable {

  /** The accepted TSV/CSV column names. */
  public static final List<String> COLUMN_NAMES = List.of("head", "relation", "tail");

  public SelfKgConfig {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    generator = oneOf("generator", generator, "both", List.of("template", "llm", "both"));
    hops = hops == null ? 1 : hops;
    if (hops != 1 && hops != 2) {
      throw new IllegalArgumentException("self_kg.hops must be 1 or 2, got " + hops);
    }
    maxFactsPerPrompt = atLeast("max_facts_per_prompt", maxFactsPerPrompt, 30, 1);
    questionsPerEntity = atLeast("questions_per_entity", questionsPerEntity, 5, 1);
    header = oneOf("header", header == null ? null : header.toLowerCase(Locale.ROOT), "auto",
        List.of("auto", "true", "false"));
    columns = columns == null ? COLUMN_NAMES : List.copyOf(columns);
    if (columns.size() != 3 || !columns.containsAll(COLUMN_NAMES)) {
      throw new IllegalArgumentException("self_kg.columns must name head, relation and tail once each, got " + columns);
    }
    entityKey = entityKey == null || entityKey.isBlank() ? "中心词" : entityKey;
    relations = relations == null ? List.of() : List.copyOf(relations);
    templates = templates == null ? Map.of() : new TreeMap<>(templates);
    answerMustMention = oneOf("answer_must_mention", answerMustMention, "any", List.of("any", "all"));
    minNameChars = atLeast("min_name_chars", minNameChars, 2, 1);
    ignoreNames = ignoreNames == null ? List.of() : List.copyOf(ignoreNames);
    temperature = temperature == null ? 0.7 : temperature;
    topP = topP == null ? 0.9 : topP;
    maxTokens = atLeast("max_tokens", maxTokens, 1536, 1);
    replyRetries = atLeast("reply_retries", replyRetries, 1, 0);
  }

  public static SelfKgConfig defaults() {
    return new SelfKgConfig(null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
  }

  /** Whether the template generator runs. */
  public boolean usesTemplates() {
    return !generator.equals("llm");
  }

  /** Whether the LLM generator runs (and so whether an endpoint is needed). */
  public boolean usesLlm() {
    return !generator.equals("template");
  }

  /** The RDF label language: the configured one, else the run's language. */
  public String labelLanguageOr(String runLanguage) {
    return labelLanguage == null || labelLanguage.isBlank() ? runLanguage : labelLanguage;
  }

  /** The prompt's domain: the configured one, else a neutral default in the run's language. */
  public String domainOr(String runLanguage) {
    if (domain != null && !domain.isBlank()) {
      return domain.strip();
    }
    return runLanguage.equals("zh") ? "通用知识" : "general knowledge";
  }

  public SelfKgConfig withInputs(List<String> value) {
    return new SelfKgConfig(value, generator, hops, maxFactsPerPrompt, questionsPerEntity, header, columns,
        entityKey, relations, labelLanguage, templatesFile, templates, domain, answerMustMention, minNameChars,
        ignoreNames, temperature, topP, maxTokens, replyRetries);
  }

  public SelfKgConfig withGenerator(String value) {
    return new SelfKgConfig(inputs, value, hops, maxFactsPerPrompt, questionsPerEntity, header, columns,
        entityKey, relations, labelLanguage, templatesFile, templates, domain, answerMustMention, minNameChars,
        ignoreNames, temperature, topP, maxTokens, replyRetries);
  }

  public SelfKgConfig withHops(int value) {
    return new SelfKgConfig(inputs, generator, value, maxFactsPerPrompt, questionsPerEntity, header, columns,
        entityKey, relations, labelLanguage, templatesFile, templates, domain, answerMustMention, minNameChars,
        ignoreNames, temperature, topP, maxTokens, replyRetries);
  }

  public SelfKgConfig withPromptLimits(int maxFacts, int questions) {
    return new SelfKgConfig(inputs, generator, hops, maxFacts, questions, header, columns,
        entityKey, relations, labelLanguage, templatesFile, templates, domain, answerMustMention, minNameChars,
        ignoreNames, temperature, topP, maxTokens, replyRetries);
  }

  public SelfKgConfig withAnswerMustMention(String value) {
    return new SelfKgConfig(inputs, generator, hops, maxFactsPerPrompt, questionsPerEntity, header, columns,
        entityKey, relations, labelLanguage, templatesFile, templates, domain, value, minNameChars,
        ignoreNames, temperature, topP, maxTokens, replyRetries);
  }

  public SelfKgConfig withDomain(String value) {
    return new SelfKgConfig(inputs, generator, hops, maxFactsPerPrompt, questionsPerEntity, header, columns,
        entityKey, relations, labelLanguage, templatesFile, templates, value, answerMustMention, minNameChars,
        ignoreNames, temperature, topP, maxTokens, replyRetries);
  }

  public SelfKgConfig withSampling(double newTemperature, double newTopP, int newMaxTokens, int newReplyRetries) {
    return new SelfKgConfig(inputs, generator, hops, maxFactsPerPrompt, questionsPerEntity, header, columns,
        entityKey, relations, labelLanguage, templatesFile, templates, domain, answerMustMention, minNameChars,
        ignoreNames, newTemperature, newTopP, newMaxTokens, newReplyRetries);
  }

  private static String oneOf(String name, String value, String fallback, List<String> allowed) {
    String v = value == null || value.isBlank() ? fallback : value.strip();
    if (!allowed.contains(v)) {
      throw new IllegalArgumentException("self_kg." + name + " must be one of " + allowed + ", got '" + value + "'");
    }
    return v;
  }

  private static int atLeast(String name, Integer value, int fallback, int min) {
    int v = value == null ? fallback : value;
    if (v < min) {
      throw new IllegalArgumentException("self_kg." + name + " must be at least " + min + ", got " + v);
    }
    return v;
  }
}
