package io.instruct4j.finetune.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.finetune.train.model.ExpectedTensors;
import io.instruct4j.finetune.train.model.LlamaConfig;
import io.instruct4j.finetune.train.model.RopeScaling;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Builds a tiny random Llama model folder in Hugging Face format for tests: config.json,
 * model.safetensors written by DJL's own safetensors encoder (an independent writer, so the
 * trainer's reader is checked against it), and a WordLevel tokenizer.json of {@link #TOKENIZER_VOCAB} ids.
 */
public final class TinyLlama {

  public static final int TOKENIZER_VOCAB = 300;
  public static final int BOS = 1;
  public static final int EOS = 2;
  public static final List<String> WORDS = words();

  private static final ObjectMapper JSON = new ObjectMapper();

  public int hidden = 32;
  public int layers = 2;
  public int heads = 4;
  public int kvHeads = 2;
  public int intermediate = 64;
  public int vocab = 320;
  public boolean tie;
  public long seed = 7;
  public String modelType = "llama";
  public String architecture = "LlamaForCausalLM";
  /**
   * Value of each weight element by (name, index), or null for the default: seeded Gaussian,
   * norms near 1.
   */
  public BiFunction<String, Integer, Float> init;

  public LlamaConfig config() {
    return new LlamaConfig(modelType, vocab, hidden, intermediate, layers, heads, kvHeads,
        hidden / heads, 1e-6, 10000.0, RopeScaling.NONE, tie, false, EOS);
  }

  /** The weights this fixture writes, by Hugging Face name, row-major. */
  public Map<String, float[]> weights() {
    Random random = new Random(seed);
    Map<String, float[]> out = new LinkedHashMap<>();
    ExpectedTensors.of(config()).forEach((name, shape) -> {
      int n = 1;
      for (long d : shape) {
        n *= (int) d;
      }
      float[] values = new float[n];
      for (int i = 0; i < n; i++) {
        Float fixed = init == null ? null : init.apply(name, i);
        double gaussian = random.nextGaussian(); // drawn even when fixed, so other weights stay the same
        values[i] = fixed != null ? fixed
            : name.endsWith("norm.weight") ? 1f + 0.1f * (float) gaussian
            : name.equals(ExpectedTensors.EMBED) ? (float) gaussian
            : 0.15f * (float) gaussian;
      }
      out.put(name, values);
    });
    return out;
  }

  /** Writes the folder and returns it. */
  public Path write(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("config.json"), configJson());
      Files.writeString(dir.resolve("tokenizer.json"), tokenizerJson());
      writeWeights(dir.resolve("model.safetensors"), weights());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes tensors with DJL's NDList safetensors encoder. */
  public static void writeWeights(Path file, Map<String, float[]> weights, Map<String, long[]> shapes) {
    try (NDManager m = Engine.getEngine("PyTorch").newBaseManager();
        OutputStream os = Files.newOutputStream(file)) {
      NDList list = new NDList();
      for (Map.Entry<String, float[]> w : weights.entrySet()) {
        NDArray a = m.create(w.getValue(), new Shape(shapes.get(w.getKey())));
        a.setName(w.getKey());
        list.add(a);
      }
      list.encode(os, NDList.Encoding.SAFETENSORS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeWeights(Path file, Map<String, float[]> weights) {
    writeWeights(file, weights, ExpectedTensors.of(config()));
  }

  public String configJson() {
    ObjectNode c = JSON.createObjectNode();
    c.putArray("architectures").add(architecture);
    c.put("model_type", modelType);
    c.put("hidden_size", hidden);
    c.put("intermediate_size", intermediate);
    c.put("num_hidden_layers", layers);
    c.put("num_attention_heads", heads);
    c.put("num_key_value_heads", kvHeads);
    c.put("vocab_size", vocab);
    c.put("rms_norm_eps", 1e-6);
    c.put("rope_theta", 10000.0);
    c.put("hidden_act", "silu");
    c.put("tie_word_embeddings", tie);
    c.put("bos_token_id", BOS);
    c.put("eos_token_id", EOS);
    c.put("max_position_embeddings", 128);
    c.put("torch_dtype", "float32");
    return c.toPrettyString();
  }

  /** A WordLevel tokenizer: whitespace/punctuation split, {@code <s>} prepended to prompts. */
  public static String tokenizerJson() {
    ObjectNode t = JSON.createObjectNode();
    t.put("version", "1.0");
    t.putNull("truncation");
    t.putNull("padding");
    ArrayNode added = t.putArray("added_tokens");
    String[] specials = {"<unk>", "<s>", "</s>"};
    for (int i = 0; i < specials.length; i++) {
      added.addObject().put("id", i).put("content", specials[i]).put("single_word", false)
          .put("lstrip", false).put("rstrip", false).put("normalized", false).put("special", true);
    }
    t.putNull("normalizer");
    t.putObject("pre_tokenizer").put("type", "Whitespace");
    ObjectNode post = t.putObject("post_processor");
    post.put("type", "TemplateProcessing");
    post.putArray("single").addObject().putObject("SpecialToken").put("id", "<s>").put("type_id", 0);
    ((ArrayNode) post.get("single")).addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
    ArrayNode pair = post.putArray("pair");
    pair.addObject().putObject("SpecialToken").put("id", "<s>").put("type_id", 0);
    pair.addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
    pair.addObject().putObject("Sequence").put("id", "B").put("type_id", 1);
    ObjectNode special = post.putObject("special_tokens").putObject("<s>");
    special.put("id", "<s>");
    special.putArray("ids").add(BOS);
    special.putArray("tokens").add("<s>");
    t.putNull("decoder");
    ObjectNode model = t.putObject("model");
    model.put("type", "WordLevel");
    ObjectNode vocab = model.putObject("vocab");
    for (int i = 0; i < WORDS.size(); i++) {
      vocab.put(WORDS.get(i), i);
    }
    model.put("unk_token", "<unk>");
    return t.toPrettyString();
  }

  /** Id of a word in the fixture tokenizer. */
  public static int id(String word) {
    int id = WORDS.indexOf(word);
    if (id < 0) {
      throw new IllegalArgumentException("not in the fixture vocabulary: " + word);
    }
    return id;
  }

  private static List<String> words() {
    List<String> w = new ArrayList<>(List.of("<unk>", "<s>", "</s>", "###", "Instruction", "Input",
        "Response", ":", ",", ".", "?", "reverse", "copy", "sort", "the", "words", "answer", "is"));
    for (int i = 0; w.size() < TOKENIZER_VOCAB; i++) {
      w.add("w" + i);
    }
    return List.copyOf(w);
  }
}
