package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Rotary position embeddings in the Hugging Face Llama layout: frequencies
 * {@code theta^(-2i/d)} duplicated over both halves of the head, applied as
 * {@code x*cos + rotate_half(x)*sin} with {@code rotate_half([x1, x2]) = [-x2, x1]}.
 */
final class Rope {

  private final int headDim;
  private final double[] invFreq;

  Rope(LlamaConfig config) {
    this.headDim = config.headDim();
    double[] base = new double[headDim / 2];
    for (int i = 0; i < base.length; i++) {
      base[i] = 1.0 / Math.pow(config.ropeTheta(), (2.0 * i) / headDim);
    }
    this.invFreq = config.ropeScaling().apply(base);
  }

  /** cos and sin tables of shape [length, headDim], computed in double then stored as float. */
  NDArray[] tables(NDManager manager, int length) {
    float[] cos = new float[length * headDim];
    float[] sin = new float[length * headDim];
    int half = headDim / 2;
    for (int pos = 0; pos < length; pos++) {
      for (int i = 0; i < half; i++) {
        // HF computes the angle in float32: inv_freq is float32 and the product is float32
        float angle = (float) pos * (float) invFreq[i];
        float c = (float) Math.cos(angle);
        float s = (float) Math.sin(angle);
        cos[pos * headDim + i] = c;
        cos[pos * headDim + i + half] = c;
        sin[pos * headDim + i] = s;
        sin[pos * headDim + i + half] = s;
      }
    }
    Shape shape = new Shape(length, headDim);
    return new NDArray[] {manager.create(cos, shape), manager.create(sin, shape)};
  }

  /** Rotates x of shape [..., length, headDim]; intermediates are released on return. */
  NDArray apply(NDArray x, NDArray cos, NDArray sin) {
    int half = headDim / 2;
    try (Temps t = new Temps()) {
      NDArray x1 = t.add(x.get(new NDIndex("..., :{}", half)));
      NDArray x2 = t.add(x.get(new NDIndex("..., {}:", half)));
      NDArray rotated = t.add(t.add(x2.neg()).concat(x1, -1));
      return t.add(x.mul(cos)).add(t.add(rotated.mul(sin)));
    }
  }
}
