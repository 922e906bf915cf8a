package io.instruct4j.core.llm.embedded;

import io.instruct4j.core.llm.FinishReason;

/**
 * One generated reply before it becomes a {@code ChatResult}.
 *
 * @param text the reply, without the stop sequence that ended it
 * @param finishReason STOP (end-of-generation token or stop sequence) or LENGTH (token budget)
 * @param promptTokens the templated prompt's tokens, with the BOS/EOS llama.cpp adds
 * @param completionTokens the tokens generated, the end-of-generation token included
 */
record Reply(String text, FinishReason finishReason, int promptTokens, int completionTokens) {}
