package io.instruct4j.core.beam;

import io.instruct4j.core.io.Json;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * Encodes a value as UTF-8 JSON (the shared {@link Json} mapper) behind a VarInt length prefix,
 * so it is safe in nested contexts (inside KV, lists) and readable when dumped.
 *
 * <p>Chosen over {@code SerializableCoder} because Java serialisation breaks as soon as a record
 * changes shape and cannot be inspected; JSON is the same form the records take on disk.
 *
 * @param <T> the encoded type, normally one of our records
 */
public final class JsonCoder<T> extends CustomCoder<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;

  private JsonCoder(Class<T> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** A coder for {@code type}, e.g. {@code JsonCoder.of(Example.class)}. */
  public static <T> JsonCoder<T> of(Class<T> type) {
    return new JsonCoder<>(type);
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null " + type.getSimpleName());
    }
    byte[] json = Json.MAPPER.writeValueAsBytes(value);
    VarInt.encode(json.length, out);
    out.write(json);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    int length = VarInt.decodeInt(in);
    if (length < 0) {
      throw new CoderException("negative JSON length " + length + " while decoding " + type.getSimpleName());
    }
    byte[] json = new byte[length];
    new DataInputStream(in).readFully(json);
    return Json.MAPPER.readValue(json, type);
  }

  /**
   * Deterministic when every reachable field is a scalar, a record, a list or a map (maps are
   * written sorted by key); a {@code Set} other than a {@code SortedSet}, or a field typed as an
   * interface or {@code Object}, could be written in varying order, so it is refused.
   */
  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    String problem = nonDeterministicPart(type, new HashSet<>());
    if (problem != null) {
      throw new NonDeterministicException(this,
          "JSON of " + type.getSimpleName() + " may vary in order: " + problem);
    }
  }

  private static String nonDeterministicPart(Type t, Set<Type> seen) {
    if (!seen.add(t)) {
      return null;
    }
    if (t instanceof ParameterizedType p) {
      String raw = nonDeterministicPart(p.getRawType(), seen);
      if (raw != null) {
        return raw;
      }
      for (Type arg : p.getActualTypeArguments()) {
        String part = nonDeterministicPart(arg, seen);
        if (part != null) {
          return part;
        }
      }
      return null;
    }
    if (!(t instanceof Class<?> c)) {
      return "type " + t.getTypeName() + " is not concrete";
    }
    if (c.isPrimitive() || c.isEnum() || Number.class.isAssignableFrom(c)
        || c == String.class || c == Boolean.class || c == Character.class) {
      return null;
    }
    if (Set.class.isAssignableFrom(c)) {
      return SortedSet.class.isAssignableFrom(c) ? null : "Set-typed field " + c.getName();
    }
    if (List.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
        || Collection.class == c) {
      return null;
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        String part = nonDeterministicPart(rc.getGenericType(), seen);
        if (part != null) {
          return c.getSimpleName() + "." + rc.getName() + ": " + part;
        }
      }
      return null;
    }
    return "field of non-record type " + c.getName();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonCoder<?> o && o.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "JsonCoder<" + type.getSimpleName() + ">";
  }
}
