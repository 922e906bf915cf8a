package io.instruct4j.core.io;

import java.util.NoSuchElementException;

/**
 * A {@link RecordSource} that reads one record ahead: {@link #hasNext()} calls {@link #advance()}
 * until a record is ready or the input ends, and {@link #next()} hands that record over. A
 * subclass reads its own format in {@code advance()} and reports each step through
 * {@link #accept}, {@link #reject()} and {@link #finish()}, which also keep the
 * {@link #counts()}.
 *
 * <p>{@link JsonlReader} and {@link JsonArrayReader} share this iteration and counting word for
 * word and differ only in how they find the next record; keeping it here means the lookahead, the
 * end-of-input message and the read/rejected counts cannot drift apart between the formats. The
 * public methods are deliberately not {@code final}: javac then gives the public readers their own
 * public copies (visibility bridges), so their API, reflection included, stays as it was.
 *
 * @param <T> the record type
 */
abstract class LookaheadSource<T> implements RecordSource<T> {

  /** The file as the user named it, for records' {@code file:line} and error messages. */
  final String file;
  private Sourced<T> next;
  private boolean done;
  private long read;
  private long rejected;

  LookaheadSource(String file) {
    this.file = file;
  }

  /**
   * Reads on by one step: a record ({@link #accept}), a rejected record ({@link #reject()}), the
   * end of input ({@link #finish()}), or nothing at all (a skipped blank line); called again until
   * a record is ready or the source is finished.
   */
  abstract void advance();

  /** Makes {@code record} the next one to hand out and counts it as read. */
  final void accept(Sourced<T> record) {
    next = record;
    read++;
  }

  /** Counts a record the bad-record policy skipped. */
  final void reject() {
    rejected++;
  }

  /** Ends the records: at the end of input, or on close. */
  final void finish() {
    done = true;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      advance();
    }
    return next != null;
  }

  @Override
  public Sourced<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + file);
    }
    Sourced<T> out = next;
    next = null;
    return out;
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public ReadCounts counts() {
    return new ReadCounts(read, rejected);
  }
}
