package io.instruct4j.selfinstruct;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;

/**
 * The {@code self_instruct:} section of the config. Defaults follow the paper and its reference
 * code (8 in-context tasks, 6 human + 2 machine; ROUGE-L 0.7; temperature 0.7, top_p 0.5).
 *
 * @param seeds the seed-task file (Self-Instruct seed format)
 * @param targetInstructions stop after the round in which this many instructions were accepted
 * @param maxRounds stop after this many bootstrap rounds
 * @param tokenBudget stop before a round once this many tokens (prompt + completion) were used; 0 = none
 * @param requestsPerRound bootstrap prompts per round
 * @param humanExamples in-context seed instructions per prompt
 * @param machineExamples in-context machine instructions per prompt (fewer while fewer exist)
 * @param rougeLThreshold reject a candidate whose ROUGE-L against the pool is above this
 * @param maxInstances instances to ask for per instruction
 * @param truncation what to drop from a reply cut off by the length limit: {@code drop_last} or {@code drop_all}
 * @param classifyRetries extra samples when the Yes/No answer cannot be parsed
 * @param minWords fewest words an instruction may have (CJK characters count one each)
 * @param maxWords most words an instruction may have
 * @param extraBlocklist words to block besides the paper's list
 * @param temperature sampling temperature of every call
 * @param topP nucleus mass of every call
 * @param maxTokens completion token limit of bootstrap and instance calls
 * @param seed seed of the in-context sampling, so a rerun asks exactly the same prompts
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelfInstructConfig(
    String seeds,
    Integer targetInstructions,
    Integer maxRounds,
    Long tokenBudget,
    Integer requestsPerRound,
    Integer humanExamples,
    Integer machineExamples,
    Double rougeLThreshold,
    Integer maxInstances,
    String truncation,
    Integer classifyRetries,
    Integer minWords,
    Integer maxWords,
    List<String> extraBlocklist,
    Double temperature,
    Double topP,
    Integer maxTokens,
    Long seed)
    implements Serializable {

  public SelfInstructConfig {
    targetInstructions = positive("target_instructions", targetInstructions, 100);
    maxRounds = positive("max_rounds", maxRounds, 50);
    tokenBudget = tokenBudget == null ? 0L : tokenBudget;
    if (tokenBudget < 0) {
      throw new IllegalArgumentException("self_instruct.token_budget must be >= 0, got " + tokenBudget);
    }
    requestsPerRound = positive("requests_per_round", requestsPerRound, 8);
    humanExamples = positive("human_examples", humanExamples, 6);
    machineExamples = machineExamples == null ? 2 : machineExamples;
    if (machineExamples < 0) {
      throw new IllegalArgumentException("self_instruct.machine_examples must be >= 0, got " + machineExamples);
    }
    rougeLThreshold = rougeLThreshold == null ? 0.7 : rougeLThreshold;
    if (!(rougeLThreshold > 0 && rougeLThreshold <= 1)) {
      throw new IllegalArgumentException("self_instruct.rouge_l_threshold must be in (0, 1], got " + rougeLThreshold);
    }
    maxInstances = positive("max_instances", maxInstances, 5);
    truncation = truncation == null ? "drop_last" : truncation;
    if (!truncation.equals("drop_last") && !truncation.equals("drop_all")) {
      throw new IllegalArgumentException("self_instruct.truncation must be drop_last or drop_all, got '" + truncation + "'");
    }
    classifyRetries = classifyRetries == null ? 2 : classifyRetries;
    if (classifyRetries < 0) {
      throw new IllegalArgumentException("self_instruct.classify_retries must be >= 0, got " + classifyRetries);
    }
    extraBlocklist = extraBlocklist == null ? List.of() : List.copyOf(extraBlocklist);
    temperature = temperature == null ? 0.7 : temperature;
    topP = topP == null ? 0.5 : topP;
    maxTokens = positive("max_tokens", maxTokens, 1024);
    seed = seed == null ? 42L : seed;
  }

  public static SelfInstructConfig defaults() {
    return new SelfInstructConfig(null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }

  private static int positive(String name, Integer value, int fallback) {
    int v = value == null ? fallback : value;
    if (v < 1) {
      throw new IllegalArgumentException("self_instruct." + name + " must be at least 1, got " + v);
    }
    return v;
  }
}
