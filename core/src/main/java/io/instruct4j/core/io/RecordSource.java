package io.instruct4j.core.io;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream of records read lazily from one file; close it to release the file. Errors surface
 * as {@link InputFileException} (bad data) or {@link java.io.UncheckedIOException} (the disk).
 *
 * @param <T> the record type
 */
public interface RecordSource<T> extends Iterator<Sourced<T>>, Closeable {

  /** The file as the user named it. */
  String file();

  /** Records read and rejected so far. */
  ReadCounts counts();

  @Override
  void close();

  /** The remaining records as a sequential stream that closes this source when it is closed. */
  default Stream<Sourced<T>> stream() {
    Spliterator<Sourced<T>> split = Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(this::close);
  }

  /** Reads all remaining values into a list and closes the source; for small files such as seeds. */
  default List<T> readAll() {
    try {
      List<T> out = new ArrayList<>();
      while (hasNext()) {
        out.add(next().value());
      }
      return out;
    } finally {
      close();
    }
  }
}
