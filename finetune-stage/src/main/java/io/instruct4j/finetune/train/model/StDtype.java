package io.instruct4j.finetune.train.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The safetensors element types the trainer reads and writes. BF16 is converted in Java because
 * DJL 0.36's PyTorch engine aborts the JVM when asked to create a bfloat16 array.
 */
public enum StDtype {
  F32(4),
  F16(2),
  BF16(2);

  private final int bytes;

  StDtype(int bytes) {
    this.bytes = bytes;
  }

  public int bytes() {
    return bytes;
  }

  /** The type named in a safetensors header, or empty for types the trainer cannot read. */
  public static java.util.Optional<StDtype> parse(String name) {
    return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
  }

  /** bfloat16 little-endian bytes to float32 little-endian bytes in a new direct buffer. */
  static ByteBuffer bf16ToF32(ByteBuffer src) {
    ByteBuffer in = src.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer out = ByteBuffer.allocateDirect(in.remaining() * 2).order(ByteOrder.LITTLE_ENDIAN);
    while (in.remaining() >= 2) {
      out.putInt((in.getShort() & 0xFFFF) << 16);
    }
    return out.flip();
  }

  /** float32 to bfloat16 with round-to-nearest-even, as torch's {@code .to(torch.bfloat16)}. */
  static ByteBuffer f32ToBf16(ByteBuffer src) {
    ByteBuffer in = src.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer out = ByteBuffer.allocate(in.remaining() / 2).order(ByteOrder.LITTLE_ENDIAN);
    while (in.remaining() >= 4) {
      int bits = in.getInt();
      short half;
      if ((bits & 0x7F800000) == 0x7F800000 && (bits & 0x007FFFFF) != 0) {
        half = (short) ((bits >>> 16) | 0x0040); // keep NaN a (quiet) NaN
      } else {
        int roundingBias = 0x7FFF + ((bits >>> 16) & 1);
        half = (short) ((bits + roundingBias) >>> 16);
      }
      out.putShort(half);
    }
    return out.flip();
  }
}
