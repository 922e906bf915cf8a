package io.instruct4j.finetune.train.model;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * One tensor listed in a safetensors header: where its bytes are and what they hold.
 *
 * @param begin offset of the first byte in the file (header included)
 */
public record TensorEntry(String name, StDtype dtype, long[] shape, Path file, long begin, long end) {

  /** Number of elements. */
  public long elements() {
    return Arrays.stream(shape).reduce(1, Math::multiplyExact);
  }

  /** The shape as {@code [a, b]}, for messages. */
  public String shapeText() {
    return Arrays.toString(shape);
  }
}
