package io.instruct4j.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 strictly: a malformed byte raises {@link MalformedInputFileException} naming
 * the file, the line and the byte offset, instead of the JDK default of silently inserting
 * U+FFFD (which would put garbage into training data). A leading UTF-8 BOM is skipped; a UTF-16
 * or UTF-32 BOM is reported as such, since the fix (re-save as UTF-8) is the same but the cause
 * is not obvious from a byte offset.
 *
 * <p>Text decoded before a malformed byte is still delivered, so the error surfaces exactly
 * where the bad byte is, after every good line before it.
 */
public final class StrictUtf8Reader extends Reader {

  private static final int BUFFER = 8192;

  private final InputStream in;
  private final String file;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);
  private long bytesDecoded;
  private long newlines;
  private boolean started;
  private boolean eof;
  private boolean done;
  private MalformedInputFileException pending;

  /**
   * @param in the raw bytes, closed with this reader
   * @param file the file name used in error messages
   */
  public StrictUtf8Reader(InputStream in, String file) {
    this.in = Objects.requireNonNull(in, "in");
    this.file = Objects.requireNonNull(file, "file");
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (pending != null) {
        throw pending;
      }
      if (done) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  private void fill() throws IOException {
    if (!started) {
      started = true;
      readAtLeast(4);
      skipByteOrderMark();
    } else if (!eof) {
      // at least one new byte: what is left may be an incomplete sequence the decoder cannot finish
      readAtLeast(bytes.remaining() + 1);
    }
    chars.compact();
    int before = bytes.position();
    CoderResult result = decoder.decode(bytes, chars, eof);
    countConsumed(before, bytes.position());
    if (result.isMalformed() || result.isUnmappable()) {
      int bad = bytes.get(bytes.position()) & 0xFF;
      pending = MalformedInputFileException.invalidByte(file, newlines + 1, bytesDecoded, bad);
    } else if (eof && result.isUnderflow()) {
      decoder.flush(chars);
      done = true;
    }
    chars.flip();
  }

  /** Reads until at least {@code min} undecoded bytes are buffered or the stream ends. */
  private void readAtLeast(int min) throws IOException {
    bytes.compact();
    try {
      while (bytes.position() < min && bytes.hasRemaining()) {
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
          break;
        }
        bytes.position(bytes.position() + n);
      }
    } finally {
      bytes.flip();
    }
  }

  private void skipByteOrderMark() {
    if (startsWith(0x00, 0x00, 0xFE, 0xFF)) {
      throw MalformedInputFileException.foreignBom(file, "UTF-32BE");
    }
    if (startsWith(0xFF, 0xFE, 0x00, 0x00)) {
      throw MalformedInputFileException.foreignBom(file, "UTF-32LE");
    }
    if (startsWith(0xFE, 0xFF)) {
      throw MalformedInputFileException.foreignBom(file, "UTF-16BE");
    }
    if (startsWith(0xFF, 0xFE)) {
      throw MalformedInputFileException.foreignBom(file, "UTF-16LE");
    }
    if (startsWith(0xEF, 0xBB, 0xBF)) {
      bytes.position(3);
      bytesDecoded = 3;
    }
  }

  private boolean startsWith(int... prefix) {
    if (bytes.remaining() < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes.get(i) & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Line numbers come from the bytes, so they stay exact however the chars are consumed. */
  private void countConsumed(int from, int to) {
    byte[] a = bytes.array();
    for (int i = from; i < to; i++) {
      if (a[bytes.arrayOffset() + i] == '\n') {
        newlines++;
      }
    }
    bytesDecoded += to - from;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
