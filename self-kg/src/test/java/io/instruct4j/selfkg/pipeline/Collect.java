package io.instruct4j.selfkg.pipeline;

import io.instruct4j.core.io.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Gathers a PCollection's elements (as JSON lines) in this JVM, for DirectRunner tests. */
final class Collect {

  private static final Map<String, ConcurrentLinkedQueue<String>> BINS = new ConcurrentHashMap<>();

  private Collect() {}

  static <T> void into(String bin, PCollection<T> values) {
    BINS.put(bin, new ConcurrentLinkedQueue<>());
    values.apply("Collect " + bin, ParDo.of(new Sink<T>(bin)));
  }

  static List<String> sorted(String bin) {
    List<String> out = new ArrayList<>(BINS.getOrDefault(bin, new ConcurrentLinkedQueue<>()));
    out.sort(null);
    return out;
  }

  static final class Sink<T> extends DoFn<T, Void> {
    private final String bin;

    Sink(String bin) {
      this.bin = bin;
    }

    @ProcessElement
    public void process(@Element T value) {
      BINS.get(bin).add(Json.toLine(value));
    }
  }
}
