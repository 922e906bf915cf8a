package io.instruct4j.selfkg.parse;

/**
 * Part of a reply that looked like a pair but cannot be used.
 *
 * @param text what was found
 * @param reason {@link QaReplyParser#TRUNCATED} or {@link QaReplyParser#INCOMPLETE}
 */
public record DroppedPair(String text, String reason) {}
