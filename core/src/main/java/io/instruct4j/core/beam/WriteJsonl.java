package io.instruct4j.core.beam;

import io.instruct4j.core.io.Json;
import java.nio.file.Path;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes records as one JSON object per line to exactly one file. Beam's file sink writes to a
 * temporary location and renames on success, so a killed pipeline never leaves a file that looks
 * complete. Line order is not defined; readers that need an order sort by a key.
 */
public final class WriteJsonl<T> extends PTransform<PCollection<T>, PDone> {

  private final String file;

  private WriteJsonl(String file) {
    this.file = file;
  }

  public static <T> WriteJsonl<T> to(Path file) {
    return new WriteJsonl<>(file.toAbsolutePath().toString());
  }

  @Override
  public PDone expand(PCollection<T> input) {
    return input
        .apply("ToJson", MapElements.via(new ToJson<T>()))
        .apply("Write", TextIO.write().to(file).withoutSharding().withShardNameTemplate(""));
  }

  private static final class ToJson<T> extends SimpleFunction<T, String> {
    @Override
    public String apply(T value) {
      return Json.toLine(value);
    }
  }
}
