package io.instruct4j.pipelines.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Content hashes of a stage's input files. Contents, not size and modification time: a checkout,
 * a copy or {@code touch} changes the time of a file whose facts did not change (a needless redo),
 * and an edit that keeps the size and lands in the same second would go unnoticed (a stale
 * dataset). Hashing reads every input once per start, at disk speed; a stage then costs model
 * calls only when something it reads really changed.
 */
final class InputHashes {

  private InputHashes() {}

  /**
   * Each path as configured → its hash; a folder stands for every regular file below it (sorted,
   * keyed {@code folder/relative/path}), so adding, removing or editing any of them counts.
   *
   * @param setting the config key that names these paths, for the error about a missing one
   */
  static Map<String, String> of(List<String> paths, String setting) {
    Map<String, String> out = new TreeMap<>();
    for (String configured : paths) {
      Path path = Path.of(configured);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
            out.put(configured + "/" + path.relativize(file).toString().replace('\\', '/'), file(file));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path + " (" + setting + "): " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(path)) {
        out.put(configured, file(path));
      } else {
        throw new IllegalArgumentException(setting + " names " + path.toAbsolutePath()
            + ", which does not exist (working folder: " + Path.of("").toAbsolutePath() + ")");
      }
    }
    return out;
  }

  /** SHA-256 of the file's bytes. */
  static String file(Path file) {
    MessageDigest digest = Fingerprints.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " to fingerprint it: " + e.getMessage(), e);
    }
    return Fingerprints.hex(digest.digest());
  }
}
