package io.instruct4j.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small helpers to lay out input files byte for byte. */
final class TestFiles {

  private TestFiles() {}

  /** Writes the lines joined by {@code \n} with a final newline, as UTF-8. */
  static Path lines(Path file, String... lines) {
    return text(file, String.join("\n", lines) + "\n");
  }

  static Path text(Path file, String text) {
    return bytes(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path bytes(Path file, byte[] content) {
    try {
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Concatenates UTF-8 text and raw bytes (Integers are single bytes). */
  static byte[] concat(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else if (part instanceof Integer b) {
        out.write(b);
      } else if (part instanceof byte[] raw) {
        out.writeBytes(raw);
      } else {
        throw new IllegalArgumentException("unsupported part " + part);
      }
    }
    return out.toByteArray();
  }
}
