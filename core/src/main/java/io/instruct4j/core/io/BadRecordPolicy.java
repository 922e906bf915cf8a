package io.instruct4j.core.io;

/** What a reader does with a record it cannot read. */
public enum BadRecordPolicy {
  /** Stop with a {@link BadRecordException} naming {@code file:line} and the reason (the default). */
  FAIL,
  /** Send the raw record to the rejects sink as a {@code Reject}, count it and go on. */
  REJECT
}
