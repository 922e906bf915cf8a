package io.instruct4j.pipelines.common;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Reject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts rejects by stage and filter, and dead letters by stage and error type: the numbers the
 * run summary adds up.
 */
public final class Tally {

  private final Map<String, Map<String, Long>> rejects = new TreeMap<>();
  private final Map<String, Map<String, Long>> deadLetters = new TreeMap<>();

  /** The tally of a run's rejects and dead letters. */
  public static Tally of(List<Reject> rejects, List<DeadLetter> deadLetters) {
    Tally tally = new Tally();
    rejects.forEach(tally::reject);
    deadLetters.forEach(tally::deadLetter);
    return tally;
  }

  public void reject(Reject r) {
    rejects.computeIfAbsent(String.valueOf(r.stage()), s -> new TreeMap<>()).merge(r.filter(), 1L, Long::sum);
  }

  public void deadLetter(DeadLetter d) {
    deadLetters.computeIfAbsent(String.valueOf(d.stage()), s -> new TreeMap<>()).merge(d.errorType(), 1L, Long::sum);
  }

  /** Rejects of {@code stage} by filter name. */
  public Map<String, Long> rejects(String stage) {
    return rejects.getOrDefault(stage, Map.of());
  }

  /** Dead letters of {@code stage} by error type. */
  public Map<String, Long> deadLetters(String stage) {
    return deadLetters.getOrDefault(stage, Map.of());
  }

  public long rejectCount(String stage) {
    return rejects(stage).values().stream().mapToLong(Long::longValue).sum();
  }

  public long rejectCount(String stage, String filter) {
    return rejects(stage).getOrDefault(filter, 0L);
  }

  public long deadLetterCount(String stage) {
    return deadLetters(stage).values().stream().mapToLong(Long::longValue).sum();
  }
}
