package io.instruct4j.finetune.train.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.instruct4j.finetune.train.TrainInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The architecture of a Llama-family decoder, read from a Hugging Face {@code config.json}.
 * Llama, Mistral and Qwen2 share the layout (RMSNorm, rotary embeddings, SwiGLU, grouped-query
 * attention); Qwen2 adds biases to the q/k/v projections.
 *
 * @param modelType {@code llama}, {@code mistral} or {@code qwen2}
 * @param eosTokenId the first of config.json's {@code eos_token_id}, -1 when absent
 */
public record LlamaConfig(
    String modelType,
    int vocabSize,
    int hiddenSize,
    int intermediateSize,
    int numLayers,
    int numHeads,
    int numKvHeads,
    int headDim,
    double rmsNormEps,
    double ropeTheta,
    RopeScaling ropeScaling,
    boolean tieWordEmbeddings,
    boolean attentionBias,
    long eosTokenId) {

  /** model_type values whose checkpoints this trainer can run. */
  public static final Set<String> MODEL_TYPES = Set.of("llama", "mistral", "qwen2");

  private static final ObjectMapper JSON = new ObjectMapper();

  public LlamaConfig {
    if (numHeads % numKvHeads != 0) {
      throw new IllegalArgumentException("num_attention_heads " + numHeads
          + " is not a multiple of num_key_value_heads " + numKvHeads);
    }
    if (headDim % 2 != 0) {
      throw new IllegalArgumentException("head_dim must be even for rotary embeddings, got " + headDim);
    }
  }

  /** Query heads that share one key/value head. */
  public int groupSize() {
    return numHeads / numKvHeads;
  }

  /** Reads and validates {@code modelDir/config.json}. */
  public static LlamaConfig read(Path modelDir) {
    Path file = modelDir.resolve("config.json");
    if (!Files.isRegularFile(file)) {
      throw TrainInputException.inFile(file, "missing; the model folder must hold a Hugging Face config.json");
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw TrainInputException.inFile(file, "is not valid JSON: " + e.getMessage());
    }
    return parse(file, root);
  }

  static LlamaConfig parse(Path file, JsonNode root) {
    ConfigFields f = new ConfigFields(file, root);
    String modelType = f.text("model_type");
    List<String> architectures = new ArrayList<>();
    root.path("architectures").forEach(a -> architectures.add(a.asText()));
    if (!MODEL_TYPES.contains(modelType)) {
      throw TrainInputException.inFile(file, "model_type '" + modelType + "' (architectures "
          + architectures + ") is not a Llama-family decoder; supported model_type values: "
          + MODEL_TYPES.stream().sorted().toList());
    }
    for (String arch : architectures) {
      if (!arch.endsWith("ForCausalLM")) {
        throw TrainInputException.inFile(file, "architectures lists '" + arch
            + "'; only *ForCausalLM checkpoints can be fine-tuned here");
      }
    }
    String act = root.path("hidden_act").asText("silu");
    if (!act.equals("silu")) {
      throw TrainInputException.inFile(file, "hidden_act '" + act + "' is not supported; Llama-family MLPs use 'silu'");
    }
    int hidden = f.positiveInt("hidden_size");
    int heads = f.positiveInt("num_attention_heads");
    int kvHeads = root.has("num_key_value_heads") ? f.positiveInt("num_key_value_heads") : heads;
    if (heads % kvHeads != 0) {
      throw TrainInputException.inFile(file, "num_attention_heads " + heads
          + " is not a multiple of num_key_value_heads " + kvHeads);
    }
    int headDim = root.hasNonNull("head_dim") ? f.positiveInt("head_dim") : hidden / heads;
    if (!root.hasNonNull("head_dim") && hidden % heads != 0) {
      throw TrainInputException.inFile(file, "hidden_size " + hidden
          + " is not a multiple of num_attention_heads " + heads + " and head_dim is not given");
    }
    if (headDim % 2 != 0) {
      throw TrainInputException.inFile(file, "head_dim " + headDim + " must be even for rotary embeddings");
    }
    boolean bias = modelType.equals("qwen2") || root.path("attention_bias").asBoolean(false);
    return new LlamaConfig(modelType, f.positiveInt("vocab_size"), hidden,
        f.positiveInt("intermediate_size"), f.positiveInt("num_hidden_layers"), heads, kvHeads,
        headDim, f.positiveDouble("rms_norm_eps", 1e-6), f.positiveDouble("rope_theta", 10000.0),
        f.ropeScaling(), root.path("tie_word_embeddings").asBoolean(false), bias, f.eosTokenId());
  }
}
