package io.instruct4j.selfkg.kg;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.record.Reject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads every knowledge-graph file of a run into one list of distinct facts. The same fact read
 * twice (in one file or across files) is kept once, from the first source in file order, and
 * each repeat becomes a {@code duplicate_triple} reject naming the kept source.
 */
public final class KgInputs {

  /** Filter name of a fact read more than once. */
  public static final String DUPLICATE = "duplicate_triple";

  private final KgReadOptions options;
  private final BadRows bad;
  private final Consumer<Reject> rejects;

  /**
   * @param rejects receives duplicate-fact rejects (the same sink as {@code bad}'s)
   */
  public KgInputs(KgReadOptions options, BadRows bad, Consumer<Reject> rejects) {
    this.options = options;
    this.bad = bad;
    this.rejects = rejects;
  }

  /** Reads {@code paths} in order; a folder stands for its knowledge-graph files, sorted by path. */
  public KgRead read(List<Path> paths) {
    List<Path> files = expand(paths);
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "self_kg.inputs is empty: give --input FILE or list knowledge-graph files under self_kg.inputs");
    }
    TripleCollector out = new TripleCollector();
    for (Path file : files) {
      readOne(file, out);
    }
    Map<String, Triple> kept = new HashMap<>();
    List<Triple> facts = new ArrayList<>();
    long duplicates = 0;
    for (Triple t : out.triples()) {
      Triple first = kept.putIfAbsent(t.id(), t);
      if (first == null) {
        facts.add(t);
      } else {
        duplicates++;
        rejects.accept(new Reject(BadRecords.STAGE, DUPLICATE, "the same fact was read before at " + first.source(),
            t.line(), null, t.id(), t.source()));
      }
    }
    facts.sort(Comparator.comparing(Triple::head).thenComparing(Triple.ORDER));
    return new KgRead(facts, files.size(), out.records(), out.triples().size(), duplicates, out.skippedStatements());
  }

  /**
   * Replaces each folder by the files below it whose extension names a knowledge-graph format;
   * other files there (a README, a template file) are not facts and are left out. A folder with
   * no such file is an error, since the user meant it to hold facts.
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      List<Path> found;
      try (Stream<Path> walk = Files.walk(path)) {
        found = walk.filter(Files::isRegularFile).filter(KgFormat::known).sorted().toList();
      } catch (IOException e) {
        throw new InputFileException(path.toString(), 0, "cannot list the folder: " + e.getMessage());
      }
      if (found.isEmpty()) {
        throw new InputFileException(path.toString(), 0, "the folder holds no knowledge-graph file (.tsv, .csv, "
            + ".nt, .ttl, .jsonld, .json, .jsonl); check self_kg.inputs");
      }
      files.addAll(found);
    }
    return files;
  }

  private void readOne(Path file, TripleCollector out) {
    if (!Files.exists(file)) {
      throw new InputFileException(file.toString(), 0, "no such file (self_kg.inputs; working folder: "
          + Path.of("").toAbsolutePath() + ")");
    }
    KgFormat format = KgFormat.of(file);
    switch (format) {
      case TSV -> new TabularReader(options, bad).read(file, false, out);
      case CSV -> new TabularReader(options, bad).read(file, true, out);
      case N_TRIPLES, TURTLE, JSON_LD -> new RdfReader(options, bad).read(file, format, out);
      case JSON_ENTITIES -> new JsonEntityReader(options, bad).read(file, out);
    }
  }
}
