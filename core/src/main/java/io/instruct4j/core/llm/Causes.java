package io.instruct4j.core.llm;

/** Walks an exception's cause chain by type: retry decisions never read message text. */
final class Causes {

  private Causes() {}

  /** The type and the innermost message of the chain, e.g. "ConnectException: Connection refused". */
  static String describe(Throwable failure) {
    String message = null;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  @SafeVarargs
  static Throwable firstOf(Throwable failure, Class<? extends Throwable>... types) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(t)) {
          return t;
        }
      }
    }
    return null;
  }
}
