package io.instruct4j.selfkg.kg;

import io.instruct4j.core.io.BadRecordException;
import io.instruct4j.core.io.BadRecordPolicy;
import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.record.Reject;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The foundation's bad-record policy for the Self-KG readers: under {@code FAIL} a bad row stops
 * the read with {@code file:line: reason}; under {@code REJECT} it becomes a {@link Reject} of stage
 * {@code read} with its {@code file:line} as source. JSON records go through the core readers with
 * {@link #core()}; rows and RDF statements go through {@link #handle}.
 */
public final class BadRows {

  /** Longest raw text kept in a reject, as in the core readers. */
  static final int MAX_TEXT_CHARS = BadRecords.MAX_TEXT_CHARS;

  private final BadRecordPolicy policy;
  private final Consumer<Reject> sink;
  private final BadRecords core;

  private BadRows(BadRecordPolicy policy, Consumer<Reject> sink) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sink = Objects.requireNonNull(sink, "rejects sink");
    this.core = policy == BadRecordPolicy.FAIL ? BadRecords.fail() : BadRecords.rejectTo(sink);
  }

  /**
   * The policy with the sink that receives rejects: malformed records under {@code REJECT}, and
   * unusable facts under either policy.
   */
  public static BadRows of(BadRecordPolicy policy, Consumer<Reject> sink) {
    return new BadRows(policy, sink);
  }

  public BadRecordPolicy policy() {
    return policy;
  }

  /** The same policy for the core JSONL and JSON-array readers. */
  public BadRecords core() {
    return core;
  }

  /** Applies the policy to a malformed record at {@code file:line} (line 0: the whole file). */
  public void handle(String file, long line, String rawText, String reason) {
    if (policy == BadRecordPolicy.FAIL) {
      throw new BadRecordException(file, line, reason);
    }
    sink.accept(new Reject(BadRecords.STAGE, BadRecords.FILTER, reason, cap(rawText), null, null,
        line > 0 ? file + ":" + line : file));
  }

  /**
   * Records a fact that was read but cannot be used (e.g. a literal in another language); this is a
   * reject under either policy, because the file itself is fine.
   */
  public void unusable(String filter, String source, String text, String reason) {
    sink.accept(new Reject(BadRecords.STAGE, filter, reason, cap(text), null, null, source));
  }

  static String cap(String text) {
    if (text == null || text.length() <= MAX_TEXT_CHARS) {
      return text;
    }
    int end = MAX_TEXT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "… [truncated, " + text.length() + " chars in total]";
  }
}
