package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A tensor to write under a name, in a given element type. Its data may be produced lazily, so a
 * merged model is written one tensor at a time instead of held in memory whole.
 *
 * @param owned whether the writer closes the supplied array after writing it
 */
public record NamedTensor(String name, StDtype dtype, long[] shape, Supplier<NDArray> data, boolean owned) {

  public NamedTensor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dtype, "dtype");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(data, "data");
  }

  /** An existing array, written as {@code dtype}; the caller keeps ownership. */
  public static NamedTensor of(String name, NDArray array, StDtype dtype) {
    return new NamedTensor(name, dtype, array.getShape().getShape(), () -> array, false);
  }

  /** A float32 tensor. */
  public static NamedTensor f32(String name, NDArray array) {
    return of(name, array, StDtype.F32);
  }

  /** An array made when it is written, and closed afterwards. */
  public static NamedTensor lazy(String name, StDtype dtype, long[] shape, Supplier<NDArray> data) {
    return new NamedTensor(name, dtype, shape, data, true);
  }

  /** Number of elements. */
  public long elements() {
    long n = 1;
    for (long d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }
}
