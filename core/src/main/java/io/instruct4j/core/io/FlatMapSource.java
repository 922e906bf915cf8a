package io.instruct4j.core.io;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Expands each record of a source into zero or more records that keep its {@code file:line}. */
final class FlatMapSource<A, B> implements RecordSource<B> {

  private final RecordSource<A> upstream;
  private final Function<A, List<B>> expand;
  private Iterator<B> current = List.<B>of().iterator();
  private String currentSource;

  FlatMapSource(RecordSource<A> upstream, Function<A, List<B>> expand) {
    this.upstream = upstream;
    this.expand = expand;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (!upstream.hasNext()) {
        return false;
      }
      Sourced<A> next = upstream.next();
      currentSource = next.source();
      current = expand.apply(next.value()).iterator();
    }
    return true;
  }

  @Override
  public Sourced<B> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + upstream.file());
    }
    return new Sourced<>(current.next(), currentSource);
  }

  @Override
  public String file() {
    return upstream.file();
  }

  /** Counts input records (lines), not the records they expand into. */
  @Override
  public ReadCounts counts() {
    return upstream.counts();
  }

  @Override
  public void close() {
    upstream.close();
  }
}
