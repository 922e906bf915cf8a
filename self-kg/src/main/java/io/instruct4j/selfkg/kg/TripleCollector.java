package io.instruct4j.selfkg.kg;

import java.util.ArrayList;
import java.util.List;

/** Receives what the readers produce: facts, and counts of input records and of skipped RDF statements. */
public final class TripleCollector {

  private final List<Triple> triples = new ArrayList<>();
  private long records;
  private long skippedStatements;

  public void add(Triple triple) {
    triples.add(triple);
  }

  /** One input record (row, JSON record, RDF statement) was read. */
  public void record() {
    records++;
  }

  /** {@code n} input records were read. */
  public void records(long n) {
    records += n;
  }

  /**
   * One RDF statement is not a fact of this run: it describes the vocabulary (a label, a class, a
   * property), or it is another language's version of a literal kept in the preferred language.
   */
  public void skippedStatement() {
    skippedStatements++;
  }

  public List<Triple> triples() {
    return triples;
  }

  public long records() {
    return records;
  }

  public long skippedStatements() {
    return skippedStatements;
  }
}
