package io.instruct4j.pipelines.curate;

import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@link CurateBatch} slices as files in a work folder, one JSON line each, named by the SHA-256
 * of their content. A content name makes writing idempotent: a runner that retries a bundle
 * rewrites the same file with the same bytes, and two different slices never share a name. Each
 * file is replaced atomically, so a killed run never leaves a half-written slice; nor is it forced
 * to disk, since a crashed run starts over from the inputs.
 */
final class SliceFiles {

  private SliceFiles() {}

  /** Writes {@code slice} into {@code folder} and returns the file. */
  static Path write(Path folder, CurateBatch slice) {
    byte[] bytes = (Json.toLine(slice) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      Path file = folder.resolve("slice-" + name + ".jsonl");
      AtomicFiles.writeScratch(file, bytes);
      return file;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  /** Reads a slice {@link #write} wrote. */
  static CurateBatch read(Path file) {
    try {
      return Json.MAPPER.readValue(Files.readAllBytes(file), CurateBatch.class);
    } catch (IOException e) {
      // Written by this run a moment ago: a missing or bad file means the work folder was changed underneath us.
      throw new UncheckedIOException("cannot read the curation work file " + file + " (" + e.getMessage()
          + "); do not touch the output folder's .curate-work while curate runs, and rerun", e);
    }
  }
}
