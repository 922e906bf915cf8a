package io.instruct4j.selfkg.kg;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One knowledge-graph fact (head, relation, tail) with a stable id and where it was read.
 *
 * @param id {@code kg-} plus 16 hex digits of SHA-256 over head, relation and tail
 * @param head the entity the fact is about
 * @param relation the relation's name as in the data
 * @param tail the related entity or value
 * @param source {@code file:line} (or the file alone for Turtle and JSON-LD)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Triple(String id, String head, String relation, String tail, String source) implements Serializable {

  /** Facts in a deterministic order: relation, then tail, then head. */
  public static final Comparator<Triple> ORDER = Comparator.comparing(Triple::relation)
      .thenComparing(Triple::tail).thenComparing(Triple::head);

  public Triple {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(tail, "tail");
    if (head.isBlank() || relation.isBlank() || tail.isBlank()) {
      throw new IllegalArgumentException("a triple needs a head, a relation and a tail, got ("
          + head + ", " + relation + ", " + tail + ")");
    }
    String expected = idOf(head, relation, tail);
    if (id == null) {
      id = expected;
    } else if (!id.equals(expected)) {
      throw new IllegalArgumentException("triple id " + id + " does not match its content (" + expected + ")");
    }
  }

  /** A triple from cleaned names; the id is derived. */
  public static Triple of(String head, String relation, String tail, String source) {
    return new Triple(null, head, relation, tail, source);
  }

  /**
   * The stable id: {@code kg-} + the first 16 hex digits of SHA-256(head NUL relation NUL tail).
   * NUL separates the parts (rather than a printable '|') so that no name can shift the boundaries.
   */
  public static String idOf(String head, String relation, String tail) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(relation.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(tail.getBytes(StandardCharsets.UTF_8));
      return "kg-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The fact as one prompt line: {@code head | relation | tail}. */
  public String line() {
    return head + " | " + relation + " | " + tail;
  }
}
