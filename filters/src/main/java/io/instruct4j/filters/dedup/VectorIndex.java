package io.instruct4j.filters.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The kept examples' unit-length embeddings in an in-memory Lucene HNSW index, searched near
 * real time: vectors added in a batch become searchable at the next {@link #refresh()}
 * ({@code DirectoryReader.openIfChanged} on the writer), so the index is reopened once per
 * batch rather than once per example. Not thread-safe.
 */
final class VectorIndex implements Closeable {

  /** A kept example's ordinal and its cosine similarity to the query. */
  record Neighbour(int ordinal, double cosine) {}

  private static final String VECTOR = "vector";
  private static final String ORDINAL = "ordinal";

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final int neighbours;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  VectorIndex(int neighbours) {
    this.neighbours = neighbours;
    try {
      this.writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64));
      this.reader = DirectoryReader.open(writer);
      this.searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an in-memory Lucene index", e);
    }
  }

  /** Adds unit vectors with their kept ordinals; searchable after {@link #refresh()}. */
  void add(List<float[]> vectors, List<Integer> ordinals) {
    try {
      for (int i = 0; i < vectors.size(); i++) {
        Document doc = new Document();
        // Vectors are normalized, so the dot product is the cosine and cheaper to compute.
        doc.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new NumericDocValuesField(ORDINAL, ordinals.get(i)));
        writer.addDocument(doc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add to the in-memory Lucene index", e);
    }
  }

  void refresh() {
    try {
      DirectoryReader changed = DirectoryReader.openIfChanged(reader, writer);
      if (changed != null) {
        reader.close();
        reader = changed;
        searcher = new IndexSearcher(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen the in-memory Lucene index", e);
    }
  }

  /**
   * The most similar indexed vector among the HNSW search's {@code neighbours} hits, or null
   * when the index is empty. Approximate: HNSW may miss the true nearest neighbour.
   */
  Neighbour nearest(float[] unitVector) {
    if (reader.numDocs() == 0) {
      return null;
    }
    try {
      TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, unitVector, neighbours), neighbours);
      Neighbour best = null;
      List<LeafReaderContext> leaves = reader.leaves();
      for (ScoreDoc hit : top.scoreDocs) {
        // Lucene scores DOT_PRODUCT as (1 + dot) / 2.
        double cosine = 2.0 * hit.score - 1.0;
        int ordinal = ordinal(leaves, hit.doc);
        if (best == null || cosine > best.cosine()
            || (cosine == best.cosine() && ordinal < best.ordinal())) {
          best = new Neighbour(ordinal, cosine);
        }
      }
      return best;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the in-memory Lucene index", e);
    }
  }

  private static int ordinal(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("indexed vector " + doc + " has no ordinal");
    }
    return (int) values.longValue();
  }

  @Override
  public void close() {
    try {
      reader.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the in-memory Lucene index", e);
    }
  }
}
