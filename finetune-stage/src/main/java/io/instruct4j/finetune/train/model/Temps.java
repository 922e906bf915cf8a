package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * Intermediate arrays to release as soon as a block of the forward pass is done. Closing a DJL
 * handle only drops the Java side's reference: autograd keeps whatever backward needs, and
 * everything else is freed at once instead of living until the caller's scope ends, which
 * otherwise holds every activation of the whole forward pass.
 */
final class Temps implements AutoCloseable {

  private final List<NDArray> arrays = new ArrayList<>();

  /** Registers {@code array} for release and returns it. */
  NDArray add(NDArray array) {
    arrays.add(array);
    return array;
  }

  @Override
  public void close() {
    arrays.forEach(NDArray::close);
  }
}
