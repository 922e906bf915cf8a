package io.instruct4j.core.llm;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One request to the model.
 *
 * @param stage the pipeline stage that asks, for accounting (e.g. {@code bootstrap})
 * @param messages the prompt
 * @param params sampling parameters
 * @param sampleIndex which sample of this exact prompt this is: several samples of one prompt are
 *     distinct cache entries, and a rerun asks for the same indexes and gets the same replies
 */
public record ChatCall(String stage, List<ChatMessage> messages, GenerationParams params, int sampleIndex)
    implements Serializable {

  public ChatCall {
    Objects.requireNonNull(stage, "stage");
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a chat call needs at least one message");
    }
    params = params == null ? GenerationParams.DEFAULTS : params;
    if (sampleIndex < 0) {
      throw new IllegalArgumentException("sample_index must be >= 0, got " + sampleIndex);
    }
  }

  public static ChatCall user(String stage, String prompt, GenerationParams params) {
    return new ChatCall(stage, List.of(ChatMessage.user(prompt)), params, 0);
  }

  public ChatCall withSampleIndex(int index) {
    return new ChatCall(stage, messages, params, index);
  }
}
