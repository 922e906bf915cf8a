package io.instruct4j.core.llm.embedded;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a GGUF file's header, metadata and tensor infos and checks them, so that a file that is
 * not a model, a truncated download or a damaged header fails with a message naming
 * {@code llm.model_file}, the path and what is wrong, instead of llama.cpp's generic "could not
 * load model". Reads the first few megabytes only; the tensor data is checked by length.
 */
final class GgufReader {

  private static final int MAGIC = 0x46554747; // "GGUF" as a little-endian uint32
  private static final int DEFAULT_ALIGNMENT = 32;
  private static final int MAX_DIMS = 4;

  private final Path path;
  private long size;
  private DataInputStream in;
  private long position;

  GgufReader(Path path) {
    this.path = path;
  }

  GgufFile read() {
    try (InputStream stream = Files.newInputStream(path)) {
      size = Files.size(path);
      in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
      return parse();
    } catch (EOFException e) {
      throw invalid("the file ends at byte " + position + ", inside its header: it is truncated "
          + "(an interrupted download?); download it again");
    } catch (IOException e) {
      throw new IllegalArgumentException("llm.model_file '" + path + "' cannot be read: " + e, e);
    }
  }

  private GgufFile parse() throws IOException {
    if (size < 24) {
      throw invalid("it is " + size + " bytes long, too short for a GGUF header");
    }
    int magic = u32();
    if (magic != MAGIC) {
      throw invalid("it does not start with the GGUF magic bytes (found 0x"
          + String.format("%08x", Integer.reverseBytes(magic)) + "); is it a model in another format?");
    }
    int version = u32();
    if (version < 2 || version > 3) {
      throw invalid("it is GGUF version " + version + ", and llama.cpp reads versions 2 and 3");
    }
    long tensors = count("tensor count", u64());
    long keys = count("metadata key count", u64());
    Map<String, Object> metadata = new HashMap<>();
    for (long i = 0; i < keys; i++) {
      String key = string();
      Object value = value(u32(), key);
      if (value != null) {
        metadata.put(key, value);
      }
    }
    long dataNeeded = tensorInfos(tensors);
    long alignment = metadata.get("general.alignment") instanceof Long a && a > 0 ? a : DEFAULT_ALIGNMENT;
    long dataStart = (position + alignment - 1) / alignment * alignment;
    if (dataStart + dataNeeded > size) {
      throw invalid("it is " + size + " bytes long but its tensors need " + (dataStart + dataNeeded)
          + ": it is truncated (an interrupted download?); download it again");
    }
    return new GgufFile(path, size, version, tensors, metadata);
  }

  /** Reads the tensor infos and returns the end of the furthest tensor within the data section. */
  private long tensorInfos(long tensors) throws IOException {
    long end = 0;
    for (long t = 0; t < tensors; t++) {
      String name = string();
      int dims = u32();
      if (dims < 1 || dims > MAX_DIMS) {
        throw invalid("tensor '" + name + "' has " + dims + " dimensions (1 to " + MAX_DIMS + " allowed)");
      }
      long elements = 1;
      for (int d = 0; d < dims; d++) {
        long extent = u64();
        if (extent < 0 || (extent > 0 && elements > Long.MAX_VALUE / extent)) {
          throw invalid("tensor '" + name + "' has an impossible shape");
        }
        elements *= extent;
      }
      int type = u32();
      long offset = u64();
      long bytes = GgmlTypes.bytes(type, elements);
      if (offset < 0) {
        throw invalid("tensor '" + name + "' has a negative data offset: the header is damaged");
      }
      end = Math.max(end, offset + Math.max(bytes, 0));
    }
    return end;
  }

  /** A metadata value: scalars are kept, strings too, arrays are read past. */
  private Object value(int type, String key) throws IOException {
    return switch (type) {
      case 0 -> (long) u8();
      case 1 -> (long) (byte) u8();
      case 2 -> (long) Short.toUnsignedInt(u16());
      case 3 -> (long) u16();
      case 4 -> Integer.toUnsignedLong(u32());
      case 5 -> (long) u32();
      case 6 -> (double) Float.intBitsToFloat(u32());
      case 7 -> u8() != 0;
      case 8 -> string();
      case 9 -> array(key);
      case 10, 11 -> u64();
      case 12 -> Double.longBitsToDouble(u64());
      default -> throw invalid("metadata key '" + key + "' has unknown value type " + type);
    };
  }

  private Object array(String key) throws IOException {
    int type = u32();
    long n = count("length of array '" + key + "'", u64());
    for (long i = 0; i < n; i++) {
      if (type == 9) {
        throw invalid("metadata key '" + key + "' is an array of arrays, which GGUF does not allow");
      }
      value(type, key);
    }
    return null;
  }

  private long count(String what, long n) {
    // Every counted item takes at least one byte, so a count beyond the file's length is damage.
    if (n < 0 || n > size) {
      throw invalid("its " + what + " is " + Long.toUnsignedString(n) + ", more than the file could hold: "
          + "the header is damaged");
    }
    return n;
  }

  private String string() throws IOException {
    long length = u64();
    if (length < 0 || length > size - position || length > Integer.MAX_VALUE - 8) {
      throw invalid("a string at byte " + position + " claims " + Long.toUnsignedString(length)
          + " bytes but the file ends at byte " + size + ": it is truncated (an interrupted download?) "
          + "or damaged; download it again");
    }
    byte[] bytes = new byte[(int) length];
    in.readFully(bytes);
    position += length;
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private int u8() throws IOException {
    int v = in.readUnsignedByte();
    position += 1;
    return v;
  }

  private short u16() throws IOException {
    short v = Short.reverseBytes(in.readShort());
    position += 2;
    return v;
  }

  private int u32() throws IOException {
    int v = Integer.reverseBytes(in.readInt());
    position += 4;
    return v;
  }

  private long u64() throws IOException {
    long v = Long.reverseBytes(in.readLong());
    position += 8;
    return v;
  }

  private IllegalArgumentException invalid(String why) {
    return new IllegalArgumentException("llm.model_file '" + path + "' is not a usable GGUF model: " + why);
  }
}
