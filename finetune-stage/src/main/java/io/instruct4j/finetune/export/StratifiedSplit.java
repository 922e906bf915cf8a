package io.instruct4j.finetune.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the validation examples, per stratum (the example's method), deterministically for a seed.
 *
 * <p>Count: a stratum of {@code n} examples holds out {@code v = round_half_up(n × fraction)},
 * computed in exact decimal arithmetic (so 10 × 0.15 is 1.5 and rounds to 2 on every machine),
 * then raised to at least 1 when the fraction is above 0 and {@code n ≥ 2}, and lowered to at most
 * {@code n − 1}: every method is evaluated, and every method keeps at least one training example.
 * A stratum of one example therefore stays entirely in training.
 *
 * <p>Choice: the {@code v} examples whose key {@code SHA-256(seed NUL id)} is smallest (ties,
 * i.e. duplicate ids, in input order). The choice thus depends on the seed and the examples'
 * content ids, not on the order of the input file, and adding examples moves few others.
 */
public final class StratifiedSplit {

  /** One example to place: its content id and its stratum. */
  public record Member(String id, String stratum) {}

  private StratifiedSplit() {}

  /** How many of a stratum's {@code n} examples go to validation (rule in the class comment). */
  public static int validationCount(int n, double fraction) {
    if (n < 0 || !(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("need n >= 0 and fraction in [0, 1), got n=" + n + ", fraction=" + fraction);
    }
    if (fraction == 0 || n < 2) {
      return 0;
    }
    int rounded = BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(n))
        .setScale(0, RoundingMode.HALF_UP).intValueExact();
    return Math.min(n - 1, Math.max(1, rounded));
  }

  /** The indexes (into {@code members}) of the examples held out for validation. */
  public static BitSet choose(List<Member> members, double fraction, long seed) {
    Map<String, List<Integer>> strata = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      strata.computeIfAbsent(members.get(i).stratum(), k -> new ArrayList<>()).add(i);
    }
    MessageDigest sha = sha256();
    long[] keys = new long[members.size()];
    for (int i = 0; i < members.size(); i++) {
      keys[i] = key(sha, seed, members.get(i).id());
    }
    BitSet validation = new BitSet(members.size());
    for (List<Integer> stratum : strata.values()) {
      int v = validationCount(stratum.size(), fraction);
      stratum.stream()
          .sorted(Comparator.<Integer>comparingLong(i -> keys[i]).thenComparingInt(i -> i))
          .limit(v)
          .forEach(validation::set);
    }
    return validation;
  }

  /** The example's place in the seeded order: 64 bits of SHA-256, offset so signed order is unsigned order. */
  static long key(MessageDigest sha, long seed, String id) {
    sha.reset();
    sha.update(Long.toString(seed).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    byte[] digest = sha.digest(id.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(digest, 0, 8).getLong() ^ Long.MIN_VALUE;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
