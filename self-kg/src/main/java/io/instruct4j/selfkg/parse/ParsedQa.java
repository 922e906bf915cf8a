package io.instruct4j.selfkg.parse;

import java.util.List;

/**
 * What a reply held.
 *
 * @param pairs the complete pairs, in reply order
 * @param dropped pairs that are incomplete or were cut off
 * @param format the format recognised: {@code json}, {@code labeled} or {@code none}
 */
public record ParsedQa(List<QaPair> pairs, List<DroppedPair> dropped, String format) {

  public ParsedQa {
    pairs = List.copyOf(pairs);
    dropped = List.copyOf(dropped);
  }
}
