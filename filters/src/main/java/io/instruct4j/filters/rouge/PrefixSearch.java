package io.instruct4j.filters.rouge;

/**
 * Finds the pool entries whose ROUGE-L F with a query could reach a threshold τ, by prefix
 * filtering on both sides (after AllPairs and PPJoin) on a {@link PrefixIndex}, without looking
 * at the others.
 *
 * <p>For an entry of n tokens the score is {@code fmeasure(L, m, n)}, rising with the LCS L, so
 * it reaches τ only if {@code L >= s}, the least such L ({@link RequiredOverlap}). L is at most
 * the overlap, the tokens the two share counted with multiplicity. Write both token lists out in
 * one order ({@link TokenOrder}, rarest first, a token's repeats one after another): if they share
 * s tokens, the query's first {@code known - s + 1} and the entry's first {@code n - s + 1} have
 * a token in common. So a search reads, for each of the query's distinct tokens with at least s
 * tokens from it on, only the postings whose position leaves s tokens in the entry. Every other
 * entry shares fewer than s tokens and cannot reach τ. Of those read, an entry whose signature
 * bound ({@link TokenSignatures}) is below s is dropped on the spot, from the posting alone.
 *
 * <p>Candidates come rarest token first, not in ordinal order. Once the visitor reports a match,
 * only ordinals below it are read: a near duplicate met early through a rare token spares
 * reading most of the common ones, and the least match is found. Reused; not thread-safe.
 */
final class PrefixSearch {

  /** Receives the candidates, possibly more than once each. */
  @FunctionalInterface
  interface Visitor {
    /**
     * Returns true if the entry matches: from then on only smaller ordinals are visited.
     *
     * @param overlapBound at least the entry's LCS with the query
     * @param required the least LCS with which the entry reaches τ, s(m, n)
     */
    boolean visit(int ordinal, int overlapBound, int required);
  }

  private final PrefixIndex index;
  /** One memo per kind of search: the filter keeps asking firstAbove with the same threshold. */
  private RequiredOverlap strictRequirements;
  private RequiredOverlap rankRequirements;
  private RequiredOverlap requirements;
  private TokenSignatures signature;
  private int m;
  private int cut;

  PrefixSearch(PrefixIndex index) {
    this.index = index;
  }

  /**
   * Visits every entry of a pool of {@code size} that may score at least τ ({@code strict}: above
   * it), and some that may not, until matches stop it; returns the least match, or -1.
   *
   * @param signature the query's, loaded
   */
  int search(QueryPlan plan, double tau, boolean strict, TokenSignatures signature, int size, Visitor visitor) {
    requirements = requirements(tau, strict);
    this.signature = signature;
    m = plan.length();
    cut = size;
    int least = requirements.leastOverLengths(m);
    for (int k = 0; k < plan.distinct(); k++) {
      int remaining = plan.remaining(k);
      if (remaining < least) {
        break; // this token and the later ones come too late in the query for any length
      }
      PackedPostings packed = index.packed(plan.token(k));
      if (packed != null) {
        readPacked(packed, remaining, visitor);
      }
      RankedPostings recent = index.recent(plan.token(k));
      if (recent != null && index.packedEntries() < cut) {
        readRecent(recent, remaining, visitor);
      }
    }
    return cut == size ? -1 : cut;
  }

  /** Each length n's entries that hold the token within their first n - s(m, n) + 1 tokens. */
  private void readPacked(PackedPostings postings, int remaining, Visitor visitor) {
    long[] all = postings.postings();
    for (int g = 0, lengths = postings.lengthCount(); g < lengths; g++) {
      int n = postings.length(g);
      int required = requirements.of(m, n);
      if (required > remaining || postings.firstPosition(g) > n - required) {
        continue;
      }
      // Positions ascend: past n - s the entry has fewer than s tokens left.
      for (int p = postings.positionsStart(g), end = postings.positionsEnd(g);
          p < end && postings.position(p) <= n - required; p++) {
        if (postings.firstOrdinal(p) < cut) { // else the whole run is past the cut: skip it unread
          read(all, postings.postingsStart(p), postings.postingsStart(p + 1), required, visitor);
        }
      }
    }
  }

  private void readRecent(RankedPostings postings, int remaining, Visitor visitor) {
    for (int g = 0, groups = postings.groups(); g < groups; g++) {
      RankedPostings.Lengths lengths = postings.group(g);
      int n = lengths.length();
      int required = requirements.of(m, n);
      if (required > remaining) {
        continue;
      }
      for (int i = 0, count = lengths.count(); i < count && lengths.position(i) <= n - required; i++) {
        read(lengths.postings(i), 0, lengths.size(i), required, visitor);
      }
    }
  }

  /** Visits the entries of one run, ascending, below the cut whose signature allows s. */
  private void read(long[] postings, int from, int to, int required, Visitor visitor) {
    for (int i = PackedPostings.STRIDE * from, end = PackedPostings.STRIDE * to; i < end; i += PackedPostings.STRIDE) {
      int ordinal = (int) postings[i];
      if (ordinal >= cut) {
        return;
      }
      int bound = signature.overlapBound(postings[i + 1], postings[i + 2]);
      if (bound >= required && visitor.visit(ordinal, bound, required)) {
        cut = ordinal;
      }
    }
  }

  private RequiredOverlap requirements(double tau, boolean strict) {
    RequiredOverlap last = strict ? strictRequirements : rankRequirements;
    if (last != null && last.answers(tau, strict)) {
      return last;
    }
    RequiredOverlap fresh = new RequiredOverlap(tau, strict);
    if (strict) {
      strictRequirements = fresh;
    } else {
      rankRequirements = fresh;
    }
    return fresh;
  }
}
