package io.instruct4j.core.io;

import io.instruct4j.core.record.Reject;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link BadRecordPolicy} with, for {@code REJECT}, the sink that receives the refused records.
 * Readers hand every bad record here, so the policy is applied in one place.
 */
public final class BadRecords {

  /** Stage name on rejects made while reading input. */
  public static final String STAGE = "read";
  /** Filter name on rejects made while reading input; the run summary counts by it. */
  public static final String FILTER = "malformed_record";
  /** Longest raw text kept in a reject; a runaway line must not blow up the rejects file. */
  public static final int MAX_TEXT_CHARS = 2000;

  private static final BadRecords FAIL = new BadRecords(BadRecordPolicy.FAIL, null);

  private final BadRecordPolicy policy;
  private final Consumer<Reject> sink;

  private BadRecords(BadRecordPolicy policy, Consumer<Reject> sink) {
    this.policy = policy;
    this.sink = sink;
  }

  /** Stop at the first bad record. */
  public static BadRecords fail() {
    return FAIL;
  }

  /** Record bad records as rejects in {@code sink} and go on. */
  public static BadRecords rejectTo(Consumer<Reject> sink) {
    return new BadRecords(BadRecordPolicy.REJECT, Objects.requireNonNull(sink, "rejects sink"));
  }

  public BadRecordPolicy policy() {
    return policy;
  }

  /**
   * Applies the policy to one bad record: throws {@link BadRecordException} under FAIL, sends a
   * reject and returns under REJECT.
   *
   * @param file the file as the user named it
   * @param line the 1-based line where the record starts
   * @param rawText the record's text as read
   * @param reason why it was refused
   */
  void handle(String file, long line, String rawText, String reason) {
    if (policy == BadRecordPolicy.FAIL) {
      throw new BadRecordException(file, line, reason);
    }
    sink.accept(new Reject(STAGE, FILTER, reason, cap(rawText), null, null, file + ":" + line));
  }

  /** The text cut to {@link #MAX_TEXT_CHARS} with a marker saying how long it was. */
  static String cap(String text) {
    if (text.length() <= MAX_TEXT_CHARS) {
      return text;
    }
    int end = MAX_TEXT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a surrogate pair: the reject must stay valid UTF-8
    }
    return text.substring(0, end) + "… [truncated, " + text.length() + " chars in total]";
  }
}
