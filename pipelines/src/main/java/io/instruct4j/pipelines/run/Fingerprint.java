package io.instruct4j.pipelines.run;

/**
 * What one stage's outputs are computed from, as hashes.
 *
 * @param config SHA-256 of the settings the stage's outputs depend on
 * @param inputs SHA-256 of its input files' contents and its upstream stages' fingerprints
 * @param total SHA-256 of both: the stage is skipped while it is done with this value
 */
public record Fingerprint(String config, String inputs, String total) {

  static Fingerprint of(String config, String inputs) {
    return new Fingerprint(config, inputs, Fingerprints.sha256(config + "\n" + inputs));
  }
}
