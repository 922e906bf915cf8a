package io.instruct4j.selfqa.ingest;

import io.instruct4j.core.io.MalformedInputFileException;
import io.instruct4j.core.io.StrictUtf8Reader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Bytes of a text document to a Java string: strict UTF-8 (core's {@link StrictUtf8Reader}), and
 * a NUL byte is taken as proof of a binary file, since no text format we read contains one while
 * almost every binary format does.
 */
final class TextDecoding {

  private TextDecoding() {}

  /** The text with line ends normalised to {@code \n}. */
  static String decode(byte[] bytes, String file) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new DocumentException(DocumentException.BINARY, file, "holds a NUL byte at byte offset " + i
            + ", so it is a binary file, not text; remove it from the inputs or give it its real extension");
      }
    }
    StringBuilder out = new StringBuilder(bytes.length);
    try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes), file)) {
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf, 0, buf.length)) >= 0; ) {
        out.append(buf, 0, n);
      }
    } catch (MalformedInputFileException e) {
      // The core message starts with "file:line: "; ours names the file once, so keep only the rest.
      String prefix = e.line() > 0 ? file + ":" + e.line() + ": " : file + ": ";
      String problem = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
      throw new DocumentException(DocumentException.INVALID_UTF8, file,
          (e.line() > 0 ? "line " + e.line() + ": " : "") + problem, e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file + " from memory failed", e);
    }
    return normalizeNewlines(out.toString());
  }

  static String normalizeNewlines(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
