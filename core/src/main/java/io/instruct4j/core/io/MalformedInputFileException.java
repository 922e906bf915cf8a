package io.instruct4j.core.io;

/** An input file is not valid UTF-8 (or carries a UTF-16/32 byte-order mark). */
public final class MalformedInputFileException extends InputFileException {

  private static final long serialVersionUID = 1L;

  private final long byteOffset;

  private MalformedInputFileException(String file, long line, long byteOffset, String problem) {
    super(file, line, problem);
    this.byteOffset = byteOffset;
  }

  /** A byte that is not valid UTF-8 at this 0-based byte offset from the start of the file. */
  static MalformedInputFileException invalidByte(String file, long line, long byteOffset, int badByte) {
    return new MalformedInputFileException(file, line, byteOffset, String.format(
        "invalid UTF-8 byte 0x%02X at byte offset %d; re-save the file as UTF-8", badByte, byteOffset));
  }

  /** The file starts with the byte-order mark of another Unicode encoding. */
  static MalformedInputFileException foreignBom(String file, String encoding) {
    return new MalformedInputFileException(file, 0, 0,
        "file starts with a " + encoding + " byte-order mark, so it is " + encoding
            + ", not UTF-8; re-save the file as UTF-8");
  }

  /** 0-based offset of the offending byte from the start of the file (a BOM counts). */
  public long byteOffset() {
    return byteOffset;
  }
}
