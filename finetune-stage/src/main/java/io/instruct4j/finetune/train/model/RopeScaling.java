package io.instruct4j.finetune.train.model;

/**
 * The {@code rope_scaling} entry of config.json, for the two kinds Llama checkpoints use:
 * {@code linear} (positions divided by a factor) and {@code llama3} (Llama 3.1's frequency-band
 * rescaling). {@link #NONE} when the entry is absent or {@code default}.
 */
public record RopeScaling(
    String type,
    double factor,
    double lowFreqFactor,
    double highFreqFactor,
    int originalMaxPositionEmbeddings) {

  /** No scaling. */
  public static final RopeScaling NONE = new RopeScaling("default", 1.0, 0, 0, 0);

  /** Linear position interpolation by {@code factor}. */
  public static RopeScaling linear(double factor) {
    return new RopeScaling("linear", factor, 0, 0, 0);
  }

  /** Llama 3.1 scaling. */
  public static RopeScaling llama3(double factor, double low, double high, int originalMax) {
    return new RopeScaling("llama3", factor, low, high, originalMax);
  }

  /**
   * The inverse frequencies after scaling, following transformers' {@code
   * _compute_llama3_parameters} and linear scaling.
   */
  double[] apply(double[] invFreq) {
    double[] out = invFreq.clone();
    switch (type) {
      case "linear" -> {
        for (int i = 0; i < out.length; i++) {
          out[i] = invFreq[i] / factor;
        }
      }
      case "llama3" -> {
        double lowWavelen = originalMaxPositionEmbeddings / lowFreqFactor;
        double highWavelen = originalMaxPositionEmbeddings / highFreqFactor;
        for (int i = 0; i < out.length; i++) {
          double wavelen = 2 * Math.PI / invFreq[i];
          if (wavelen > lowWavelen) {
            out[i] = invFreq[i] / factor;
          } else if (wavelen >= highWavelen) {
            double smooth = (originalMaxPositionEmbeddings / wavelen - lowFreqFactor)
                / (highFreqFactor - lowFreqFactor);
            out[i] = (1 - smooth) * invFreq[i] / factor + smooth * invFreq[i];
          }
        }
      }
      default -> { }
    }
    return out;
  }
}
