package io.instruct4j.selfqa.ingest;

import java.util.Objects;

/**
 * A document that cannot be read, with the kind of failure (which the run summary counts) and a
 * message that names the file and says what to do about it. Only that document is lost; the run
 * goes on with the others.
 */
public final class DocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file has no bytes, or no text could be extracted from it. */
  public static final String EMPTY = "empty_document";
  /** The file holds NUL bytes: a binary file under a text extension. */
  public static final String BINARY = "binary_file";
  /** The file is not valid UTF-8. */
  public static final String INVALID_UTF8 = "invalid_utf8";
  /** PDFBox cannot parse the file. */
  public static final String BROKEN_PDF = "broken_pdf";
  /** The PDF needs a password, or forbids text extraction. */
  public static final String ENCRYPTED_PDF = "encrypted_pdf";
  /** The extension is not one we read. */
  public static final String UNSUPPORTED = "unsupported_format";
  /** A CSV or JSON table that cannot be read as rows. */
  public static final String BAD_TABLE = "bad_table";
  /** The file system refused to give us the bytes. */
  public static final String UNREADABLE = "unreadable";

  private final String errorType;
  private final String file;

  public DocumentException(String errorType, String file, String problem) {
    super(file + ": " + problem);
    this.errorType = Objects.requireNonNull(errorType, "errorType");
    this.file = Objects.requireNonNull(file, "file");
  }

  public DocumentException(String errorType, String file, String problem, Throwable cause) {
    this(errorType, file, problem);
    initCause(cause);
  }

  /** One of the constants of this class, e.g. {@code broken_pdf}. */
  public String errorType() {
    return errorType;
  }

  /** The file as the user's input named it. */
  public String file() {
    return file;
  }
}
