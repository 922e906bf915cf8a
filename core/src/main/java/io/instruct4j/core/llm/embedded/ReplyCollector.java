package io.instruct4j.core.llm.embedded;

import io.instruct4j.core.llm.FinishReason;
import java.util.List;

/**
 * Builds a {@link Reply} from llama.cpp's streamed frames, one per generated token. The binding
 * returns only the text of each frame, not llama.cpp's stop type or token counts, so both are
 * read from the stream:
 *
 * <ul>
 *   <li>Stop sequences are matched here, not in llama.cpp, so a stop is known for certain; the
 *       caller cancels the rest of the generation when {@link #add} says so.
 *   <li>An end-of-generation token is rendered as empty text: a reply whose last frame is empty
 *       ended on one (STOP). Any other end is the token budget (LENGTH): the request's max_tokens
 *       or the room left in the context, whichever is smaller.
 *   <li>A LENGTH reply used exactly the budget. Otherwise the frames are counted; llama.cpp folds a
 *       token that ends inside a multi-byte character into the next frame, so such a reply may
 *       count a token or two short, never over.
 * </ul>
 *
 * <p>Wrong calls lean safe: a reply the rules cannot place is LENGTH (flagged truncated), never
 * STOP.
 */
final class ReplyCollector {

  private final List<String> stops;
  private final int longestStop;
  private final StringBuilder text = new StringBuilder();
  private int frames;
  private boolean lastFrameEmpty;
  private boolean stopSequence;

  ReplyCollector(List<String> stops) {
    // An empty stop sequence would end every reply before it starts; the endpoint ignores it too.
    this.stops = stops.stream().filter(s -> !s.isEmpty()).toList();
    this.longestStop = this.stops.stream().mapToInt(String::length).max().orElse(0);
  }

  /** Adds one token's frame; false when a stop sequence ended the reply (no more frames wanted). */
  boolean add(String frame) {
    frames++;
    lastFrameEmpty = frame.isEmpty();
    text.append(frame);
    if (stops.isEmpty() || frame.isEmpty()) {
      return true;
    }
    // Earlier text held no stop sequence, so a match must end inside this frame.
    int from = Math.max(0, text.length() - frame.length() - longestStop + 1);
    int cut = -1;
    for (String stop : stops) {
      int at = text.indexOf(stop, from);
      if (at >= 0 && (cut < 0 || at < cut)) {
        cut = at;
      }
    }
    if (cut < 0) {
      return true;
    }
    text.setLength(cut);
    stopSequence = true;
    return false;
  }

  /** The reply, given the prompt's token count and the token budget llama.cpp was given. */
  Reply finish(int promptTokens, int budget) {
    if (stopSequence || lastFrameEmpty) {
      return new Reply(text.toString(), FinishReason.STOP, promptTokens, frames);
    }
    return new Reply(text.toString(), FinishReason.LENGTH, promptTokens, budget);
  }
}
