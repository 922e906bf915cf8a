package io.instruct4j.core.io;

/**
 * How many input records (lines, array elements) a source has read so far.
 *
 * @param read records turned into values
 * @param rejected records sent to the rejects sink under {@link BadRecordPolicy#REJECT}
 */
public record ReadCounts(long read, long rejected) {

  /** Every non-blank record seen. */
  public long total() {
    return read + rejected;
  }
}
