package io.instruct4j.testkit.gguf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a GGUF v3 file (the llama.cpp model format): header, typed metadata, tensor infos, then
 * F32 tensor data aligned to {@value #ALIGNMENT} bytes. Only what tests need: scalar, string and
 * array metadata and F32 tensors. Everything is little-endian, as llama.cpp reads it.
 *
 * <p>Tensor shapes are given in ggml order, fastest-varying dimension first: a row-major
 * {@code [rows][cols]} matrix is {@code shape(cols, rows)}.
 */
public final class GgufWriter {

  /** The default alignment of tensor data, also recorded as {@code general.alignment}. */
  public static final int ALIGNMENT = 32;

  private static final int MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
  private static final int VERSION = 3;

  /** GGUF metadata value types, by their on-disk code. */
  enum Type {
    UINT8(0), INT8(1), UINT16(2), INT16(3), UINT32(4), INT32(5), FLOAT32(6), BOOL(7), STRING(8),
    ARRAY(9), UINT64(10), INT64(11), FLOAT64(12);

    final int code;

    Type(int code) {
      this.code = code;
    }
  }

  private record Value(Type type, Type elementType, Object value) {}

  private record Tensor(String name, long[] shape, float[] data) {}

  private final Map<String, Value> metadata = new LinkedHashMap<>();
  private final List<Tensor> tensors = new ArrayList<>();

  public GgufWriter string(String key, String value) {
    return put(key, new Value(Type.STRING, null, value));
  }

  public GgufWriter uint32(String key, int value) {
    return put(key, new Value(Type.UINT32, null, value));
  }

  public GgufWriter float32(String key, float value) {
    return put(key, new Value(Type.FLOAT32, null, value));
  }

  public GgufWriter bool(String key, boolean value) {
    return put(key, new Value(Type.BOOL, null, value));
  }

  public GgufWriter strings(String key, List<String> values) {
    return put(key, new Value(Type.ARRAY, Type.STRING, List.copyOf(values)));
  }

  public GgufWriter floats(String key, float[] values) {
    return put(key, new Value(Type.ARRAY, Type.FLOAT32, values.clone()));
  }

  public GgufWriter ints(String key, int[] values) {
    return put(key, new Value(Type.ARRAY, Type.INT32, values.clone()));
  }

  /** Adds an F32 tensor; {@code shape} is in ggml order and its product must be the data length. */
  public GgufWriter tensor(String name, float[] data, long... shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    if (shape.length < 1 || shape.length > 4 || n != data.length) {
      throw new IllegalArgumentException("tensor " + name + ": shape " + java.util.Arrays.toString(shape)
          + " holds " + n + " values but " + data.length + " were given (1 to 4 dimensions)");
    }
    tensors.add(new Tensor(name, shape.clone(), data));
    return this;
  }

  private GgufWriter put(String key, Value value) {
    if (metadata.putIfAbsent(key, value) != null) {
      throw new IllegalArgumentException("metadata key " + key + " is set twice");
    }
    return this;
  }

  /** The whole file as bytes. */
  public byte[] toBytes() {
    Buffer out = new Buffer();
    out.int32(MAGIC).int32(VERSION).int64(tensors.size()).int64(metadata.size());
    metadata.forEach((key, value) -> {
      out.string(key).int32(value.type().code);
      writeValue(out, value);
    });
    long offset = 0;
    for (Tensor t : tensors) {
      out.string(t.name()).int32(t.shape().length);
      for (long d : t.shape()) {
        out.int64(d);
      }
      out.int32(0).int64(offset); // type 0 = F32; offset from the start of the data section
      offset = align(offset + 4L * t.data().length);
    }
    out.padTo(ALIGNMENT);
    for (Tensor t : tensors) {
      for (float f : t.data()) {
        out.float32(f);
      }
      out.padTo(ALIGNMENT);
    }
    return out.toByteArray();
  }

  /** Writes the file, replacing any file at the path. */
  public Path write(Path file) {
    try (OutputStream os = Files.newOutputStream(file)) {
      os.write(toBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GGUF file " + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void writeValue(Buffer out, Value v) {
    switch (v.type()) {
      case STRING -> out.string((String) v.value());
      case UINT32 -> out.int32((Integer) v.value());
      case FLOAT32 -> out.float32((Float) v.value());
      case BOOL -> out.int8((Boolean) v.value() ? 1 : 0);
      case ARRAY -> {
        out.int32(v.elementType().code);
        switch (v.elementType()) {
          case STRING -> {
            List<String> list = (List<String>) v.value();
            out.int64(list.size());
            list.forEach(out::string);
          }
          case FLOAT32 -> {
            float[] a = (float[]) v.value();
            out.int64(a.length);
            for (float f : a) {
              out.float32(f);
            }
          }
          case INT32 -> {
            int[] a = (int[]) v.value();
            out.int64(a.length);
            for (int i : a) {
              out.int32(i);
            }
          }
          default -> throw new IllegalStateException("unsupported array type " + v.elementType());
        }
      }
      default -> throw new IllegalStateException("unsupported type " + v.type());
    }
  }

  private static long align(long n) {
    return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
  }

  /** A growable little-endian byte buffer. */
  private static final class Buffer {
    private ByteBuffer bytes = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    private Buffer ensure(int n) {
      if (bytes.remaining() < n) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(bytes.capacity() * 2, bytes.position() + n))
            .order(ByteOrder.LITTLE_ENDIAN);
        bytes.flip();
        bigger.put(bytes);
        bytes = bigger;
      }
      return this;
    }

    Buffer int8(int v) {
      ensure(1).bytes.put((byte) v);
      return this;
    }

    Buffer int32(int v) {
      ensure(4).bytes.putInt(v);
      return this;
    }

    Buffer int64(long v) {
      ensure(8).bytes.putLong(v);
      return this;
    }

    Buffer float32(float v) {
      ensure(4).bytes.putFloat(v);
      return this;
    }

    Buffer string(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      int64(utf8.length);
      ensure(utf8.length).bytes.put(utf8);
      return this;
    }

    void padTo(int alignment) {
      while (bytes.position() % alignment != 0) {
        int8(0);
      }
    }

    byte[] toByteArray() {
      byte[] out = new byte[bytes.position()];
      bytes.flip();
      bytes.get(out);
      return out;
    }
  }
}
