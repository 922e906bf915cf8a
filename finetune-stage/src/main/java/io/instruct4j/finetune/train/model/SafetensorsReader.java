package io.instruct4j.finetune.train.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.instruct4j.finetune.train.TrainInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the safetensors format (8-byte little-endian header length, JSON header, raw
 * little-endian data). Written here rather than using DJL's decoder because DJL keeps offsets in
 * ints (2 GiB per file) and cannot read BF16, the type most Llama checkpoints ship in.
 */
public final class SafetensorsReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_HEADER = 100L * 1024 * 1024;

  private SafetensorsReader() {}

  /** The tensors listed in {@code file}'s header, in header order; validates offsets and types. */
  public static Map<String, TensorEntry> entries(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 8) {
        throw TrainInputException.inFile(file, "is not a safetensors file (" + size + " bytes)");
      }
      ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, lenBuf, 0);
      long headerLen = lenBuf.flip().getLong();
      if (headerLen <= 0 || headerLen > MAX_HEADER || 8 + headerLen > size) {
        throw TrainInputException.inFile(file, "is not a safetensors file (header length " + headerLen + ")");
      }
      ByteBuffer header = ByteBuffer.allocate((int) headerLen);
      readFully(ch, header, 8);
      JsonNode root = JSON.readTree(header.array());
      return parseHeader(file, root, 8 + headerLen, size);
    } catch (IOException e) {
      throw TrainInputException.inFile(file, "cannot be read as safetensors: " + e.getMessage());
    }
  }

  private static Map<String, TensorEntry> parseHeader(Path file, JsonNode root, long dataStart, long size) {
    Map<String, TensorEntry> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      if (name.equals("__metadata__")) {
        continue;
      }
      JsonNode info = field.getValue();
      String dtypeName = info.path("dtype").asText();
      StDtype dtype = StDtype.parse(dtypeName).orElseThrow(() -> TrainInputException.inFile(file,
          "tensor '" + name + "' has dtype " + dtypeName + "; supported: F32, F16, BF16"));
      JsonNode shapeNode = info.path("shape");
      long[] shape = new long[shapeNode.size()];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = shapeNode.get(i).asLong();
      }
      JsonNode offsets = info.path("data_offsets");
      long begin = dataStart + offsets.path(0).asLong(-1);
      long end = dataStart + offsets.path(1).asLong(-1);
      TensorEntry entry = new TensorEntry(name, dtype, shape, file, begin, end);
      if (begin < dataStart || end > size || end - begin != entry.elements() * dtype.bytes()) {
        throw TrainInputException.inFile(file, "tensor '" + name + "' has data_offsets "
            + offsets + " that do not fit its shape " + entry.shapeText() + " or the file size");
      }
      out.put(name, entry);
    }
    return out;
  }

  /** The raw little-endian bytes of elements [from, from + count) of {@code entry}, in a direct buffer. */
  public static ByteBuffer read(TensorEntry entry, long fromElement, long count) {
    long bytes = count * entry.dtype().bytes();
    if (bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("chunk of " + bytes + " bytes is over 2 GiB; read it in parts");
    }
    ByteBuffer buf = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    try (FileChannel ch = FileChannel.open(entry.file(), StandardOpenOption.READ)) {
      readFully(ch, buf, entry.begin() + fromElement * entry.dtype().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException("reading tensor '" + entry.name() + "' from " + entry.file(), e);
    }
    return buf.flip();
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
    long pos = position;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos);
      if (n < 0) {
        throw new IOException("unexpected end of file at byte " + pos);
      }
      pos += n;
    }
  }
}
