package io.instruct4j.selfkg.kg;

/** A syntax error reported by Jena's parser, with the line and column Jena gave (or -1). */
final class RdfSyntaxError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final long column;

  RdfSyntaxError(String message, long line, long column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  long line() {
    return line;
  }

  long column() {
    return column;
  }

  /** The message with the column, when Jena knew it. */
  String describe() {
    return (column > 0 ? "column " + column + ": " : "") + getMessage();
  }
}
