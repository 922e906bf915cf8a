package io.instruct4j.selfkg.kg;

import io.instruct4j.core.io.InputFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The knowledge-graph file formats, chosen by file extension (a trailing {@code .gz} is ignored). */
public enum KgFormat {
  TSV("tsv"), CSV("csv"), N_TRIPLES("nt"), TURTLE("ttl"), JSON_LD("jsonld"), JSON_ENTITIES("json", "jsonl");

  private final String[] extensions;

  KgFormat(String... extensions) {
    this.extensions = extensions;
  }

  /** Whether {@code file}'s extension names a format {@link #of} reads. */
  public static boolean known(Path file) {
    return find(extension(file)).isPresent();
  }

  /** The format of {@code file}; the error lists the supported extensions. */
  public static KgFormat of(Path file) {
    String ext = extension(file);
    return find(ext).orElseThrow(() -> new InputFileException(file.toString(), 0,
        "cannot tell the knowledge-graph format from the extension '" + ext
            + "'; use .tsv or .csv (head, relation, tail), .nt, .ttl, .jsonld (RDF), "
            + ".json or .jsonl (entity records like {\"中心词\": ..., \"相关症状\": [...]})"));
  }

  private static Optional<KgFormat> find(String ext) {
    for (KgFormat f : values()) {
      for (String e : f.extensions) {
        if (e.equals(ext)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** The lower-case extension, a trailing {@code .gz} left out; empty when there is none. */
  private static String extension(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    int dot = lower.lastIndexOf('.');
    return dot < 0 ? "" : lower.substring(dot + 1);
  }
}
