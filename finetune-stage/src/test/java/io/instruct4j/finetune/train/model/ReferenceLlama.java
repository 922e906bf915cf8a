package io.instruct4j.finetune.train.model;

import java.util.Map;

/**
 * A plain-Java, double-precision Llama forward pass written straight from the transformers
 * reference (modeling_llama.py), loop by loop, to check the NDArray implementation against.
 */
final class ReferenceLlama {

  private final LlamaConfig c;
  private final Map<String, float[]> w;

  ReferenceLlama(LlamaConfig config, Map<String, float[]> weights) {
    this.c = config;
    this.w = weights;
  }

  /** Logits [length][vocab] for one sequence. */
  double[][] logits(long[] ids) {
    int len = ids.length;
    int d = c.hiddenSize();
    double[][] h = new double[len][d];
    float[] embed = w.get("model.embed_tokens.weight");
    for (int t = 0; t < len; t++) {
      for (int i = 0; i < d; i++) {
        h[t][i] = embed[(int) ids[t] * d + i];
      }
    }
    for (int l = 0; l < c.numLayers(); l++) {
      String p = "model.layers." + l + ".";
      double[][] x = norm(h, w.get(p + "input_layernorm.weight"));
      double[][] attn = attention(x, p);
      add(h, linear(attn, p + "self_attn.o_proj.weight", d));
      x = norm(h, w.get(p + "post_attention_layernorm.weight"));
      double[][] gate = linear(x, p + "mlp.gate_proj.weight", c.intermediateSize());
      double[][] up = linear(x, p + "mlp.up_proj.weight", c.intermediateSize());
      for (int t = 0; t < len; t++) {
        for (int i = 0; i < gate[t].length; i++) {
          double g = gate[t][i];
          gate[t][i] = g / (1 + Math.exp(-g)) * up[t][i];
        }
      }
      add(h, linear(gate, p + "mlp.down_proj.weight", d));
    }
    double[][] out = norm(h, w.get("model.norm.weight"));
    String head = c.tieWordEmbeddings() ? "model.embed_tokens.weight" : "lm_head.weight";
    return linear(out, head, c.vocabSize());
  }

  private double[][] attention(double[][] x, String p) {
    int len = x.length;
    int hd = c.headDim();
    double[][] q = rope(linear(x, p + "self_attn.q_proj.weight", c.numHeads() * hd), c.numHeads());
    double[][] k = rope(linear(x, p + "self_attn.k_proj.weight", c.numKvHeads() * hd), c.numKvHeads());
    double[][] v = linear(x, p + "self_attn.v_proj.weight", c.numKvHeads() * hd);
    double[][] out = new double[len][c.numHeads() * hd];
    for (int head = 0; head < c.numHeads(); head++) {
      int kv = head / (c.numHeads() / c.numKvHeads()); // repeat_kv
      for (int t = 0; t < len; t++) {
        double[] scores = new double[t + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s <= t; s++) {
          double dot = 0;
          for (int i = 0; i < hd; i++) {
            dot += q[t][head * hd + i] * k[s][kv * hd + i];
          }
          scores[s] = dot / Math.sqrt(hd);
          max = Math.max(max, scores[s]);
        }
        double total = 0;
        for (int s = 0; s <= t; s++) {
          scores[s] = Math.exp(scores[s] - max);
          total += scores[s];
        }
        for (int s = 0; s <= t; s++) {
          for (int i = 0; i < hd; i++) {
            out[t][head * hd + i] += scores[s] / total * v[s][kv * hd + i];
          }
        }
      }
    }
    return out;
  }

  private double[][] rope(double[][] x, int heads) {
    int hd = c.headDim();
    int half = hd / 2;
    double[][] out = new double[x.length][x[0].length];
    for (int t = 0; t < x.length; t++) {
      for (int head = 0; head < heads; head++) {
        for (int i = 0; i < hd; i++) {
          int f = i % half;
          double angle = t / Math.pow(c.ropeTheta(), 2.0 * f / hd);
          double rotated = i < half ? -x[t][head * hd + i + half] : x[t][head * hd + i - half];
          out[t][head * hd + i] = x[t][head * hd + i] * Math.cos(angle) + rotated * Math.sin(angle);
        }
      }
    }
    return out;
  }

  private double[][] norm(double[][] x, float[] weight) {
    double[][] out = new double[x.length][x[0].length];
    for (int t = 0; t < x.length; t++) {
      double ms = 0;
      for (double v : x[t]) {
        ms += v * v;
      }
      double inv = 1 / Math.sqrt(ms / x[t].length + c.rmsNormEps());
      for (int i = 0; i < x[t].length; i++) {
        out[t][i] = x[t][i] * inv * weight[i];
      }
    }
    return out;
  }

  private double[][] linear(double[][] x, String name, int outFeatures) {
    float[] weight = w.get(name);
    int in = x[0].length;
    double[][] out = new double[x.length][outFeatures];
    for (int t = 0; t < x.length; t++) {
      for (int o = 0; o < outFeatures; o++) {
        double sum = 0;
        for (int i = 0; i < in; i++) {
          sum += x[t][i] * weight[o * in + i];
        }
        out[t][o] = sum;
      }
    }
    return out;
  }

  private static void add(double[][] h, double[][] delta) {
    for (int t = 0; t < h.length; t++) {
      for (int i = 0; i < h[t].length; i++) {
        h[t][i] += delta[t][i];
      }
    }
  }
}
