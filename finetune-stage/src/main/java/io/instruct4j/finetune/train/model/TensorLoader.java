package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Loads one safetensors tensor into an NDArray of a chosen type, in row blocks of at most 256 MiB. */
public final class TensorLoader {

  private static final long CHUNK_BYTES = 256L * 1024 * 1024;

  private TensorLoader() {}

  /** The tensor as an array of {@code type} (FLOAT32 or FLOAT16) owned by {@code manager}. */
  public static NDArray load(NDManager manager, TensorEntry entry, DataType type) {
    long[] shape = entry.shape();
    if (shape.length == 0) {
      return block(manager, entry, 0, 1, new Shape(), type);
    }
    long rowElems = entry.elements() / Math.max(1, shape[0]);
    long rowsPerChunk = Math.max(1, CHUNK_BYTES / Math.max(1, rowElems * 4));
    if (rowsPerChunk >= shape[0]) {
      return block(manager, entry, 0, entry.elements(), new Shape(shape), type);
    }
    try (NDList parts = new NDList()) {
      for (long r = 0; r < shape[0]; r += rowsPerChunk) {
        long rows = Math.min(rowsPerChunk, shape[0] - r);
        long[] partShape = shape.clone();
        partShape[0] = rows;
        parts.add(block(manager, entry, r * rowElems, rows * rowElems, new Shape(partShape), type));
      }
      return NDArrays.concat(parts, 0);
    }
  }

  private static NDArray block(NDManager manager, TensorEntry e, long from, long count, Shape shape, DataType type) {
    ByteBuffer raw = SafetensorsReader.read(e, from, count);
    NDArray array = switch (e.dtype()) {
      case F32 -> manager.create(raw, shape, DataType.FLOAT32);
      case F16 -> manager.create(raw, shape, DataType.FLOAT16);
      case BF16 -> manager.create(StDtype.bf16ToF32(raw), shape, DataType.FLOAT32);
    };
    if (array.getDataType() == type) {
      return array;
    }
    try (array) {
      return array.toType(type, true);
    }
  }

  /** The tensor's values as float32 Java floats, for checks and tests (small tensors only). */
  public static float[] floats(NDManager manager, TensorEntry entry) {
    try (NDArray a = load(manager, entry, DataType.FLOAT32)) {
      float[] out = a.toFloatArray();
      assert out.length == entry.elements() : Arrays.toString(entry.shape());
      return out;
    }
  }
}
