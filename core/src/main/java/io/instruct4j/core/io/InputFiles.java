package io.instruct4j.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens input files for reading: existence checks with clear errors, gzip by magic bytes, strict UTF-8. */
public final class InputFiles {

  private static final int GZIP_MAGIC_1 = 0x1F;
  private static final int GZIP_MAGIC_2 = 0x8B;

  private InputFiles() {}

  /** The name used for {@code file} in messages and sources: the path as the user gave it. */
  public static String displayName(Path file) {
    return file.toString();
  }

  /**
   * A strict UTF-8 reader over {@code file} (gunzipped when it starts with the gzip magic bytes).
   *
   * @throws InputFileException when the file is missing, a folder or unreadable
   */
  public static Reader newReader(Path file) {
    return new StrictUtf8Reader(openBytes(file), displayName(file));
  }

  /** The file's bytes, decompressed when the file is gzip. */
  static InputStream openBytes(Path file) {
    String name = displayName(file);
    if (Files.isDirectory(file)) {
      throw new InputFileException(name, 0, "is a folder, expected a file");
    }
    InputStream raw = null;
    try {
      raw = new BufferedInputStream(Files.newInputStream(file), 65536);
      raw.mark(2);
      boolean gzip = raw.read() == GZIP_MAGIC_1 && raw.read() == GZIP_MAGIC_2;
      raw.reset();
      return gzip ? new BufferedInputStream(new GZIPInputStream(raw, 65536), 65536) : raw;
    } catch (NoSuchFileException e) {
      throw new InputFileException(name, 0, "no such file (working folder: "
          + Path.of("").toAbsolutePath() + ")", e);
    } catch (AccessDeniedException e) {
      throw new InputFileException(name, 0, "permission denied; make the file readable", e);
    } catch (IOException e) {
      closeQuietly(raw);
      throw new UncheckedIOException("cannot open " + name + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // reporting the failure to open, which is the one that matters
      }
    }
  }

  /** Lines of {@code file}, numbered from 1. */
  static LineReader lines(Path file) {
    return new LineReader(newReader(file), displayName(file));
  }
}
