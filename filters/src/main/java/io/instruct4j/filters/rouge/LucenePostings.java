package io.instruct4j.filters.rouge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The pool's inverted index in an in-memory Lucene directory: one document per entry, the terms
 * being the entry's token ids with their frequencies, plus its ordinal as a doc value (segment
 * merges may reorder doc ids; the ordinal is what the rest of the code speaks). Near-real-time:
 * documents are added at once, and a reader reopen makes them searchable.
 */
final class LucenePostings implements Closeable {

  private static final String TOKENS = "tokens";
  private static final String ORDINAL = "ordinal";
  private static final FieldType TOKENS_TYPE = new FieldType();

  static {
    TOKENS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS); // freqs give min(count_a, count_b)
    TOKENS_TYPE.setTokenized(true);
    TOKENS_TYPE.setOmitNorms(true);
    TOKENS_TYPE.freeze();
  }

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private DirectoryReader reader;
  /** Per current leaf (by leaf ord): doc id to pool ordinal. */
  private int[][] ordinalsByLeaf = new int[0][];
  private Map<IndexReader.CacheKey, int[]> ordinalsByCore = new HashMap<>();

  LucenePostings() {
    try {
      // Every segment costs a term lookup per query token, and a growing pool reopens often,
      // so merge eagerly: at most about two segments per size tier instead of ten.
      TieredMergePolicy mergePolicy = new TieredMergePolicy();
      mergePolicy.setSegmentsPerTier(2);
      mergePolicy.setMaxMergeAtOnce(2);
      IndexWriterConfig config = new IndexWriterConfig()
          .setMergePolicy(mergePolicy)
          .setMergeScheduler(new SerialMergeScheduler()) // no background threads to leak
          .setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
      reader = DirectoryReader.open(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the in-memory Lucene index", e);
    }
  }

  void add(int ordinal, int[] tokens) {
    Document doc = new Document();
    doc.add(new Field(TOKENS, new IdTokenStream(tokens), TOKENS_TYPE));
    doc.add(new NumericDocValuesField(ORDINAL, ordinal));
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index pool entry " + ordinal, e);
    }
  }

  /** Number of documents searchable now; being added in order, they are ordinals [0, n). */
  int searchable() {
    return reader.numDocs();
  }

  /** Reopens the reader so every document added so far becomes searchable. */
  void refresh() {
    try {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
      if (newer == null) {
        return;
      }
      reader.close();
      reader = newer;
      List<LeafReaderContext> leaves = reader.leaves();
      int[][] byLeaf = new int[leaves.size()][];
      Map<IndexReader.CacheKey, int[]> byCore = new HashMap<>();
      for (LeafReaderContext leaf : leaves) {
        IndexReader.CacheKey key = leaf.reader().getCoreCacheHelper().getKey();
        int[] ordinals = ordinalsByCore.get(key); // segments are immutable: reuse the old map
        if (ordinals == null) {
          ordinals = readOrdinals(leaf.reader());
        }
        byCore.put(key, ordinals);
        byLeaf[leaf.ord] = ordinals;
      }
      ordinalsByLeaf = byLeaf;
      ordinalsByCore = byCore;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen the in-memory Lucene index", e);
    }
  }

  /** Receives one posting: the entry's pool ordinal and the amount it contributes. */
  @FunctionalInterface
  interface PostingSink {
    void accept(int ordinal, int amount);
  }

  /**
   * Visits every searchable entry containing each of {@code termIds}; the amount is
   * {@code min(counts[i], frequency in the entry)}, the term's share of the overlap. Terms that
   * occur once in the query read the cheaper doc-only postings: their share is always 1.
   */
  void visit(int[] termIds, int[] counts, PostingSink sink) {
    try {
      BytesRef[] termBytes = new BytesRef[termIds.length];
      for (int i = 0; i < termBytes.length; i++) {
        termBytes[i] = new BytesRef(Integer.toString(termIds[i]));
      }
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(TOKENS);
        if (terms == null) {
          continue;
        }
        TermsEnum termsEnum = terms.iterator();
        int[] ordinals = ordinalsByLeaf[leaf.ord];
        PostingsEnum docsOnly = null;
        PostingsEnum withFreqs = null;
        for (int i = 0; i < termBytes.length; i++) {
          if (!termsEnum.seekExact(termBytes[i])) {
            continue;
          }
          if (counts[i] == 1) {
            docsOnly = termsEnum.postings(docsOnly, PostingsEnum.NONE);
            for (int doc = docsOnly.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = docsOnly.nextDoc()) {
              sink.accept(ordinals[doc], 1);
            }
          } else {
            withFreqs = termsEnum.postings(withFreqs, PostingsEnum.FREQS);
            for (int doc = withFreqs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = withFreqs.nextDoc()) {
              sink.accept(ordinals[doc], Math.min(counts[i], withFreqs.freq()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the in-memory Lucene index", e);
    }
  }

  private static int[] readOrdinals(LeafReader leaf) throws IOException {
    int[] ordinals = new int[leaf.maxDoc()];
    NumericDocValues values = leaf.getNumericDocValues(ORDINAL);
    for (int doc = 0; doc < ordinals.length; doc++) {
      if (values == null || !values.advanceExact(doc)) {
        throw new IllegalStateException("pool index document " + doc + " has no ordinal");
      }
      ordinals[doc] = (int) values.longValue();
    }
    return ordinals;
  }

  @Override
  public void close() {
    try {
      reader.close();
      writer.rollback(); // nothing to keep: the index lives only as long as this pool
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the in-memory Lucene index", e);
    }
  }

  /**
   * Emits an entry's token ids as terms. Ids rather than token text: tokens can be longer than
   * Lucene's term limit (a 40 kB base64 blob is one token), ids never are.
   */
  private static final class IdTokenStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final int[] tokens;
    private int next;

    IdTokenStream(int[] tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next >= tokens.length) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(Integer.toString(tokens[next++]));
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
