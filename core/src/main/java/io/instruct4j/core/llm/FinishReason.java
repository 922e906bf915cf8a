package io.instruct4j.core.llm;

/** Why the model stopped writing. LENGTH means the reply was cut off by the token limit. */
public enum FinishReason { STOP, LENGTH, CONTENT_FILTER, OTHER }
