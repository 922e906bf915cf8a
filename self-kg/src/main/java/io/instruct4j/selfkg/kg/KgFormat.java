package io.instruct4j.selfkg.kg;

import io.instruct4j.core.io.InputFileException;
import java.nio.file.Path;
import java.util.Locale;

/** The knowledge-graph file formats, chosen by file extension (a trailing {@code .gz} is ignored). */
public enum KgFormat {
  TSV("tsv"), CSV("csv"), N_TRIPLES("nt"), TURTLE("ttl"), JSON_LD("jsonld"), JSON_ENTITIES("json", "jsonl");

  private final String[] extensions;

  KgFormat(String... extensions) {
    this.extensions = extensions;
  }

  /** The format of {@code file}; the error lists the supported extensions. */
  /** Whether {@code file}'s extension names a format {@link #of} reads. */
  public static boolean known(Path file) {
    try {
      of(file);
      return true;
    } catch (InputFileException e) {
      return false;
    }
  }

  public static KgFormat of(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    for (KgFormat f : values()) {
      for (String e : f.extensions) {
        if (e.equals(ext)) {
          return f;
        }
      }
    }
    throw new InputFileException(file.toString(), 0, "cannot tell the knowledge-graph format from the extension '"
        + ext + "'; use .tsv or .csv (head, relation, tail), .nt, .ttl, .jsonld (RDF), "
        + ".json or .jsonl (entity records like {\"中心词\": ..., \"相关症状\": [...]})");
  }
}
