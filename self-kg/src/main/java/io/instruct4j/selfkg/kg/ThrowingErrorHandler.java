package io.instruct4j.selfkg.kg;

import org.apache.jena.riot.system.ErrorHandler;

/**
 * Turns Jena's parse errors into {@link RdfSyntaxError}s that carry the line. Warnings (an IRI
 * Jena finds unusual, say) do not stop the read: the statement is still well-formed.
 */
final class ThrowingErrorHandler implements ErrorHandler {

  @Override
  public void warning(String message, long line, long col) {
    // not an error: the statement is kept
  }

  @Override
  public void error(String message, long line, long col) {
    throw new RdfSyntaxError(message, line, col);
  }

  @Override
  public void fatal(String message, long line, long col) {
    throw new RdfSyntaxError(message, line, col);
  }
}
