package io.instruct4j.selfinstruct.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates the {@code <think>…</think>} block that reasoning models (DeepSeek-R1, Qwen3) put
 * before their answer when the endpoint does not strip it: its drafts often hold numbered lists
 * and "Yes"/"No" musings that must not be parsed as the answer.
 *
 * @param present whether the reply opened with a think block (Qwen3 sends an empty one when
 *     thinking is off)
 * @param reasoning the thinking text, empty when there is none
 * @param answer the reply without it; empty when the reply was cut off while still thinking
 */
record Reasoning(boolean present, String reasoning, String answer) {

  private static final Pattern BLOCK = Pattern.compile("^\\s*<think>(.*?)(?:</think>|$)", Pattern.DOTALL);

  static Reasoning split(String reply) {
    Matcher m = BLOCK.matcher(reply);
    if (!m.find()) {
      return new Reasoning(false, "", reply);
    }
    return new Reasoning(true, m.group(1).strip(), reply.substring(m.end()));
  }
}
