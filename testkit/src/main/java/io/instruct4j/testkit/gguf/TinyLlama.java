package io.instruct4j.testkit.gguf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A tiny random-weight llama model as a GGUF file (a few hundred KB), for tests of code that loads
 * and runs real GGUF models without downloading one. Seeded, so the same settings write the same
 * bytes and greedy decoding gives the same gibberish every time.
 *
 * <p>The vocabulary is SentencePiece-style ({@code tokenizer.ggml.model = llama}): {@code <unk>},
 * {@code <s>}, {@code </s>}, the 256 byte tokens {@code <0x00>..<0xFF>} (so any UTF-8 text
 * tokenizes), the ChatML control tokens, a few letters and {@code ▁}-words and four Chinese
 * characters. The chat template is ChatML, which llama.cpp recognises.
 *
 * <p>Every embedding carries a constant 2 in dimension 0; the output rows read it to steer
 * generation: control and byte tokens get a strongly negative weight there (so replies are made
 * of letters, words and characters and never stop early), and {@link #alwaysSays(String)} gives
 * one piece a strongly positive one, for a model whose every token is known in advance.
 */
public final class TinyLlama {

  /** ChatML, as Qwen and many instruct models use it. */
  public static final String CHATML_TEMPLATE = "{% for message in messages %}"
      + "{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}"
      + "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

  public static final int BOS = 1;
  public static final int EOS = 2;

  private static final int TYPE_NORMAL = 1;
  private static final int TYPE_UNKNOWN = 2;
  private static final int TYPE_CONTROL = 3;
  private static final int TYPE_BYTE = 6;

  private final long seed;
  private final int embedding;
  private final int heads;
  private final int kvHeads;
  private final int blocks;
  private final int feedForward;
  private final int contextLength;
  private final String steeredTo;
  private final String name;

  private TinyLlama(long seed, int embedding, int heads, int kvHeads, int blocks, int feedForward,
      int contextLength, String steeredTo, String name) {
    if (embedding % heads != 0 || heads % kvHeads != 0) {
      throw new IllegalArgumentException("embedding " + embedding + " must divide by heads " + heads
          + " and heads by kv heads " + kvHeads);
    }
    this.seed = seed;
    this.embedding = embedding;
    this.heads = heads;
    this.kvHeads = kvHeads;
    this.blocks = blocks;
    this.feedForward = feedForward;
    this.contextLength = contextLength;
    this.steeredTo = steeredTo;
    this.name = name;
  }

  /** 32-dim embeddings, 4 heads (2 KV heads), 2 blocks, feed-forward 64, context 512. */
  public static TinyLlama seeded(long seed) {
    return new TinyLlama(seed, 32, 4, 2, 2, 64, 512, null, "tiny-llama-" + seed);
  }

  /** The same model, except that its first generated token is always {@code </s>}. */
  public TinyLlama stopsAtOnce() {
    return alwaysSays("</s>");
  }

  /** The same model, except that it generates this vocabulary piece every time (e.g. "好"). */
  public TinyLlama alwaysSays(String piece) {
    if (!vocabulary().contains(piece)) {
      throw new IllegalArgumentException("'" + piece + "' is not in the vocabulary " + vocabulary());
    }
    return new TinyLlama(seed, embedding, heads, kvHeads, blocks, feedForward, contextLength, piece,
        name + "-says-" + piece);
  }

  /** The vocabulary, by token id. */
  public static List<String> vocabulary() {
    List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
    for (int b = 0; b < 256; b++) {
      tokens.add(String.format("<0x%02X>", b));
    }
    tokens.add("<|im_start|>");
    tokens.add("<|im_end|>");
    tokens.add("\u2581");
    for (char c = 'a'; c <= 'z'; c++) {
      tokens.add(String.valueOf(c));
      tokens.add("\u2581" + c);
    }
    for (String w : List.of("the", "and", "of", "to", "in", "is", "you", "that", "it", "he")) {
      tokens.add("\u2581" + w);
    }
    tokens.addAll(List.of("你", "好", "世", "界")); // so Chinese text has whole-character tokens too
    return tokens;
  }

  private static int tokenType(String token) {
    if (token.equals("<unk>")) {
      return TYPE_UNKNOWN;
    }
    if (token.startsWith("<0x")) {
      return TYPE_BYTE;
    }
    if (token.startsWith("<")) {
      return TYPE_CONTROL;
    }
    return TYPE_NORMAL;
  }

  /** Writes the model to {@code file} and returns the path. */
  public Path write(Path file) {
    return writer().write(file);
  }

  /** The model's bytes. */
  public byte[] toBytes() {
    return writer().toBytes();
  }

  private GgufWriter writer() {
    List<String> vocab = vocabulary();
    int n = vocab.size();
    float[] scores = new float[n];
    int[] types = new int[n];
    for (int i = 0; i < n; i++) {
      types[i] = tokenType(vocab.get(i));
      // SentencePiece merges the pair whose merged piece scores highest: prefer longer pieces.
      scores[i] = types[i] == TYPE_NORMAL ? vocab.get(i).length() - i / 1000f : -1000f;
    }
    GgufWriter w = new GgufWriter()
        .string("general.architecture", "llama")
        .string("general.name", name)
        .uint32("general.alignment", GgufWriter.ALIGNMENT)
        .uint32("llama.context_length", contextLength)
        .uint32("llama.embedding_length", embedding)
        .uint32("llama.block_count", blocks)
        .uint32("llama.feed_forward_length", feedForward)
        .uint32("llama.attention.head_count", heads)
        .uint32("llama.attention.head_count_kv", kvHeads)
        .uint32("llama.rope.dimension_count", embedding / heads)
        .float32("llama.attention.layer_norm_rms_epsilon", 1e-5f)
        .uint32("llama.vocab_size", n)
        .string("tokenizer.ggml.model", "llama")
        .strings("tokenizer.ggml.tokens", vocab)
        .floats("tokenizer.ggml.scores", scores)
        .ints("tokenizer.ggml.token_type", types)
        .uint32("tokenizer.ggml.unknown_token_id", 0)
        .uint32("tokenizer.ggml.bos_token_id", BOS)
        .uint32("tokenizer.ggml.eos_token_id", EOS)
        .bool("tokenizer.ggml.add_bos_token", true)
        .bool("tokenizer.ggml.add_eos_token", false)
        .string("tokenizer.chat_template", CHATML_TEMPLATE);
    addTensors(w, types);
    return w;
  }

  private void addTensors(GgufWriter w, int[] types) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = types.length;
    int kv = embedding / heads * kvHeads;
    float[] embeddings = gaussian(random, n * embedding, 0.5f);
    for (int t = 0; t < n; t++) {
      embeddings[t * embedding] = 2f;
    }
    w.tensor("token_embd.weight", embeddings, embedding, n);
    for (int b = 0; b < blocks; b++) {
      String p = "blk." + b + ".";
      w.tensor(p + "attn_norm.weight", ones(embedding), embedding);
      w.tensor(p + "attn_q.weight", gaussian(random, embedding * embedding, 0.3f), embedding, embedding);
      w.tensor(p + "attn_k.weight", gaussian(random, embedding * kv, 0.3f), embedding, kv);
      w.tensor(p + "attn_v.weight", gaussian(random, embedding * kv, 0.3f), embedding, kv);
      w.tensor(p + "attn_output.weight", gaussian(random, embedding * embedding, 0.02f), embedding, embedding);
      w.tensor(p + "ffn_norm.weight", ones(embedding), embedding);
      w.tensor(p + "ffn_gate.weight", gaussian(random, embedding * feedForward, 0.3f), embedding, feedForward);
      w.tensor(p + "ffn_up.weight", gaussian(random, embedding * feedForward, 0.3f), embedding, feedForward);
      w.tensor(p + "ffn_down.weight", gaussian(random, feedForward * embedding, 0.02f), feedForward, embedding);
    }
    w.tensor("output_norm.weight", ones(embedding), embedding);
    float[] output = gaussian(random, n * embedding, 0.5f);
    int favourite = steeredTo == null ? -1 : vocabulary().indexOf(steeredTo);
    for (int t = 0; t < n; t++) {
      boolean avoided = types[t] != TYPE_NORMAL;
      output[t * embedding] = t == favourite ? 20f : avoided ? -20f : 0f;
    }
    w.tensor("output.weight", output, embedding, n);
  }

  private static float[] gaussian(SplittableRandom random, int size, float std) {
    float[] out = new float[size];
    for (int i = 0; i < size; i++) {
      // Box-Muller on StrictMath from the seeded generator: the same bytes on every JVM.
      double u = 1.0 - random.nextDouble();
      double v = random.nextDouble();
      out[i] = (float) (std * StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v));
    }
    return out;
  }

  private static float[] ones(int size) {
    float[] out = new float[size];
    java.util.Arrays.fill(out, 1f);
    return out;
  }
}
