package io.instruct4j.selfqa.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the configured inputs into the documents to read: a file stands for itself, a folder
 * for every regular file below it. Files and folders whose name starts with a dot ({@code .git},
 * {@code .DS_Store}) are not documents and are passed over; every other file is returned, also one
 * with an extension we do not read, so that it is reported instead of silently ignored. The order
 * is fixed (inputs in order, files by relative name), so runs are reproducible.
 */
public final class DocumentFinder {

  private DocumentFinder() {}

  /**
   * @throws IllegalArgumentException naming the setting when there is no input, an input does not
   *     exist, or a folder holds no file at all
   */
  public static List<DocumentRef> find(List<String> inputs) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "self_qa.inputs is empty: give --input FILE_OR_FOLDER or list documents under self_qa.inputs in the config");
    }
    Map<Path, DocumentRef> found = new LinkedHashMap<>();
    for (String input : inputs) {
      if (input == null || input.isBlank()) {
        throw new IllegalArgumentException("self_qa.inputs holds a blank entry");
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        List<DocumentRef> files = folder(path);
        if (files.isEmpty()) {
          throw new IllegalArgumentException("self_qa.inputs: folder " + input + " holds no document");
        }
        files.forEach(ref -> found.putIfAbsent(Path.of(ref.path()).toAbsolutePath().normalize(), ref));
      } else if (Files.isRegularFile(path)) {
        found.putIfAbsent(path.toAbsolutePath().normalize(),
            new DocumentRef(input, path.getFileName().toString()));
      } else {
        throw new IllegalArgumentException("self_qa.inputs: " + input + " does not exist (working folder: "
            + Path.of("").toAbsolutePath() + ")");
      }
    }
    return List.copyOf(found.values());
  }

  private static List<DocumentRef> folder(Path dir) {
    List<DocumentRef> refs = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .forEach(p -> refs.add(new DocumentRef(p.toString(), slashes(dir.relativize(p)))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the input folder " + dir + ": " + e.getMessage(), e);
    }
    refs.sort(Comparator.comparing(DocumentRef::relativeName));
    return refs;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashes(Path relative) {
    StringBuilder b = new StringBuilder();
    for (Path part : relative) {
      b.append(b.length() == 0 ? "" : "/").append(part);
    }
    return b.toString();
  }
}
