package io.instruct4j.selfqa.pipeline;

/** The stage names Self-QA writes into rejects, dead letters and LLM counters. */
public final class Stages {

  /** Reading documents; failures are dead letters, one per unreadable document. */
  public static final String INGEST = "ingest";
  /** Cutting documents into chunks; skipped chunks are rejects. */
  public static final String CHUNK = "chunk";
  /** Asking for questions about each chunk. */
  public static final String QUESTIONS = "questions";
  /** Asking for the answer to each question. */
  public static final String ANSWERS = "answers";

  private Stages() {}
}
