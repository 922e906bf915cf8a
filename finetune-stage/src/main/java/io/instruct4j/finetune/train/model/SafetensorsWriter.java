package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes safetensors files the way the Python {@code safetensors} library does: header padded
 * with spaces to a multiple of 8 bytes, {@code __metadata__ {"format": "pt"}} (transformers and
 * PEFT check it), little-endian data. Large tensors are written in row blocks so no single
 * buffer exceeds Java's 2 GiB limit. The file appears atomically (temp file, then rename).
 */
public final class SafetensorsWriter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long CHUNK_BYTES = 256L * 1024 * 1024;

  private SafetensorsWriter() {}

  /** Writes {@code tensors} to {@code file} in the given order. */
  public static void write(Path file, List<NamedTensor> tensors) {
    byte[] header = header(tensors);
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length);
        writeFully(ch, len.flip());
        writeFully(ch, ByteBuffer.wrap(header));
        for (NamedTensor t : tensors) {
          writeData(ch, t);
        }
        ch.force(true);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static byte[] header(List<NamedTensor> tensors) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("__metadata__").put("format", "pt");
    long offset = 0;
    for (NamedTensor t : tensors) {
      long bytes = t.elements() * t.dtype().bytes();
      ObjectNode info = root.putObject(t.name());
      info.put("dtype", t.dtype().name());
      var shape = info.putArray("shape");
      for (long d : t.shape()) {
        shape.add(d);
      }
      info.putArray("data_offsets").add(offset).add(offset + bytes);
      offset += bytes;
    }
    StringBuilder text = new StringBuilder(root.toString());
    while (text.toString().getBytes(StandardCharsets.UTF_8).length % 8 != 0) {
      text.append(' ');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void writeData(FileChannel ch, NamedTensor t) throws IOException {
    NDArray array = t.data().get();
    try {
      if (!java.util.Arrays.equals(array.getShape().getShape(), t.shape())) {
        throw new IllegalStateException("tensor '" + t.name() + "' was declared with shape "
            + java.util.Arrays.toString(t.shape()) + " but its data has shape " + array.getShape());
      }
      writeArray(ch, array, t.dtype());
    } finally {
      if (t.owned()) {
        array.close();
      }
    }
  }

  private static void writeArray(FileChannel ch, NDArray array, StDtype dtype) throws IOException {
    long[] shape = array.getShape().getShape();
    long rows = shape.length == 0 ? 1 : shape[0];
    long rowBytes = rows == 0 ? 0 : array.size() / rows * 4;
    long rowsPerChunk = Math.max(1, CHUNK_BYTES / Math.max(1, rowBytes));
    if (shape.length == 0 || rowsPerChunk >= rows) {
      writeFully(ch, encode(array, dtype));
      return;
    }
    for (long r = 0; r < rows; r += rowsPerChunk) {
      try (NDArray block = array.get(new NDIndex("{}:{}", r, Math.min(rows, r + rowsPerChunk)))) {
        writeFully(ch, encode(block, dtype));
      }
    }
  }

  private static ByteBuffer encode(NDArray array, StDtype dtype) {
    return switch (dtype) {
      case F32 -> littleEndian(toType(array, DataType.FLOAT32));
      case F16 -> littleEndian(toType(array, DataType.FLOAT16));
      case BF16 -> StDtype.f32ToBf16(littleEndian(toType(array, DataType.FLOAT32)));
    };
  }

  private static ByteBuffer toType(NDArray array, DataType type) {
    if (array.getDataType() == type) {
      return array.toByteBuffer();
    }
    try (NDArray converted = array.toType(type, true)) {
      return converted.toByteBuffer();
    }
  }

  private static ByteBuffer littleEndian(ByteBuffer buf) {
    if (buf.order() == ByteOrder.LITTLE_ENDIAN) {
      return buf;
    }
    if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
      throw new IllegalStateException("big-endian hosts are not supported");
    }
    return buf.order(ByteOrder.LITTLE_ENDIAN);
  }

  private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }
}
