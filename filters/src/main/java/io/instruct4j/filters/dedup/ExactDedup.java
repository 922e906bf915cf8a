package io.instruct4j.filters.dedup;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Drops examples whose compared fields are identical after {@link TextNormalizer} folding (width,
 * case, punctuation, whitespace); the first one seen is kept.
 *
 * <p>The key is the first 128 bits of SHA-256 over the normalized fields, each followed by a
 * U+001F separator (which normalization turns into a space, so it cannot occur inside a field);
 * a collision among 2^32 distinct texts has probability about 2^-64. When every field normalizes
 * to nothing (punctuation only), the raw fields are hashed instead, so {@code ???} and {@code !!!}
 * are not duplicates. {@link #open()} gives a streaming check whose memory is one map entry per
 * distinct text; {@link #run} also keeps the examples, for the result lists.
 */
public final class ExactDedup implements Deduplicator {

  public static final String NAME = "exact_duplicate";

  private final DedupFields fields;

  /** Compares instruction, input and output. */
  public ExactDedup() {
    this(DedupFields.INSTRUCTION_INPUT_OUTPUT);
  }

  public ExactDedup(DedupFields fields) {
    this.fields = DedupSettings.required(DedupSettings.key(NAME, "fields"), fields);
  }

  @Override
  public String name() {
    return NAME;
  }

  public DedupFields fields() {
    return fields;
  }

  /** A fresh streaming check; not thread-safe, use one per thread or partition. */
  public Stream open() {
    return new Stream();
  }

  @Override
  public DedupResult run(Iterable<Example> examples) {
    Objects.requireNonNull(examples, "examples");
    ResultAssembler result = new ResultAssembler(NAME);
    List<Example> all = new ArrayList<>();
    examples.forEach(example -> all.add(Objects.requireNonNull(example, "example")));
    Stream stream = new Stream();
    IntList keptIndexes = new IntList();
    // Normalizing and hashing run on all cores; the set of seen keys takes them in input order.
    OrderedParallel.forEach(all, this::hasher, (key, i) -> {
      int index = result.add(all.get(i));
      int before = stream.distinct();
      int ordinal = stream.keptOrdinal(key, all.get(i).id());
      if (ordinal == before) {
        keptIndexes.add(index);
      } else {
        int kept = keptIndexes.get(ordinal);
        result.duplicate(index, kept, reason(result.example(kept).id()));
      }
    });
    return result.build();
  }

  /** A key maker for one thread: the SHA-256 of an example's normalized fields. */
  private Function<Example, byte[]> hasher() {
    MessageDigest sha256 = sha256();
    return example -> digest(sha256, fields.parts(example));
  }

  private String reason(String keptId) {
    return "normalized " + fields.key() + " identical to kept " + keptId
        + " (similarity 1.0000, exact match required; compared after NFKC, lower-casing and"
        + " removing punctuation and extra whitespace)";
  }

  /** Streaming exact dedup: remembers one hash and the kept id per distinct normalized text. */
  public final class Stream {
    private final MessageDigest sha256 = sha256();
    private final Hash128Map seen = new Hash128Map();
    private final List<String> keptIds = new ArrayList<>();

    private Stream() {}

    /** Empty when {@code example} is the first of its text (keep it), else its reject. */
    public Optional<Reject> offer(Example example) {
      Objects.requireNonNull(example, "example");
      int before = distinct();
      int ordinal = keptOrdinal(example);
      if (ordinal == before) {
        return Optional.empty();
      }
      String keptId = keptIds.get(ordinal);
      return Optional.of(Reject.ofExample(ResultAssembler.STAGE, NAME, reason(keptId), example)
          .withDuplicateOf(keptId));
    }

    /** How many distinct normalized texts have been seen. */
    public int distinct() {
      return keptIds.size();
    }

    /**
     * The ordinal of the kept example with the same text. A new text is registered with
     * {@code example} as its kept one and gets the ordinal {@link #distinct()} had before the call.
     */
    int keptOrdinal(Example example) {
      return keptOrdinal(digest(sha256, fields.parts(example)), example.id());
    }

    /** As {@link #keptOrdinal(Example)}, for a key already computed by {@link #digest}. */
    int keptOrdinal(byte[] key, String id) {
      ByteBuffer bits = ByteBuffer.wrap(key);
      int ordinal = seen.putIfAbsent(bits.getLong(), bits.getLong(), keptIds.size());
      if (ordinal == keptIds.size()) {
        keptIds.add(id);
      }
      return ordinal;
    }
  }

  private static byte[] digest(MessageDigest sha256, String[] parts) {
    boolean allEmpty = true;
    String[] normalized = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      normalized[i] = TextNormalizer.normalize(parts[i]);
      allEmpty &= normalized[i].isEmpty();
    }
    sha256.reset();
    // A domain byte keeps raw-text keys apart from normalized ones.
    sha256.update((byte) (allEmpty ? 1 : 0));
    for (int i = 0; i < parts.length; i++) {
      sha256.update((allEmpty ? parts[i] : normalized[i]).getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0x1F);
    }
    return sha256.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
