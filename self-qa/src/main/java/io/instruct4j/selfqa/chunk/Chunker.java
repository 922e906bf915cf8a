package io.instruct4j.selfqa.chunk;

import io.instruct4j.selfqa.TextUnits;
import io.instruct4j.selfqa.ingest.Document;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a document into chunks that respect its structure. Sections (a heading and what follows
 * it) are packed separately, so no chunk spans two sections, and the heading opens the section's
 * first chunk (never alone: it is kept with the next sentence even where that overfills the chunk
 * by the heading's length). Within a section, sentences are packed up to the size limit; a chunk that is at
 * least half full ends before a paragraph that would not fit whole, so paragraphs are split only
 * when they must be; a single sentence over the limit is cut at word boundaries. Each chunk after
 * the first of a section repeats the last whole sentences of its predecessor, up to the overlap.
 * A boilerplate paragraph becomes a chunk of its own that is skipped, as is any chunk with fewer
 * visible characters than the minimum; both are reported with the reason.
 */
public final class Chunker implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Filter name of a chunk below the minimum size. */
  public static final String TOO_SHORT = "too_short";
  /** Filter name of a chunk made only of navigation, copyright and similar lines. */
  public static final String BOILERPLATE = "boilerplate";

  private final ChunkSettings settings;

  public Chunker(ChunkSettings settings) {
    this.settings = settings;
  }

  /** A piece of the document before it is classified: units {@code [start, end)} of the text. */
  private record Piece(int start, int end, String section, boolean boilerplate) {}

  public ChunkedDocument chunk(Document doc) {
    String text = doc.text();
    Measure measure = new Measure(settings.unit(), settings.size());
    List<Piece> pieces = new ArrayList<>();
    String section = null;
    List<Unit> run = new ArrayList<>();
    int paragraph = 0;
    for (Block block : StructureSplitter.split(text, doc.markdownHeadings())) {
      switch (block.kind()) {
        case HEADING -> {
          pack(run, section, measure, pieces);
          section = block.heading();
          run.add(new Unit(block.start(), block.end(), paragraph++, true,
              measure.size(text, block.start(), block.end())));
        }
        case BOILERPLATE -> {
          pack(run, section, measure, pieces);
          pieces.add(new Piece(block.start(), block.end(), section, true));
        }
        case PARAGRAPH -> {
          for (int[] sentence : SentenceSplitter.split(text, block.start(), block.end())) {
            for (int[] part : measure.cut(text, sentence[0], sentence[1])) {
              run.add(new Unit(part[0], part[1], paragraph, false, measure.size(text, part[0], part[1])));
            }
          }
          paragraph++;
        }
      }
    }
    pack(run, section, measure, pieces);
    return classify(doc, pieces);
  }

  /** Packs the units of one section (or of the part of it between boilerplate) and clears them. */
  private void pack(List<Unit> units, String section, Measure measure, List<Piece> out) {
    int n = units.size();
    int first = 0;
    int last = 0;
    while (n > 0) {
      // A heading never ends a chunk while text follows it.
      while (last + 1 < n && (units.get(last).heading()
          || (measure.size(units, first, last + 1) <= settings.size() && !breakBefore(units, measure, first, last + 1)))) {
        last++;
      }
      out.add(new Piece(units.get(first).start(), units.get(last).end(), section, false));
      if (last + 1 >= n) {
        break;
      }
      int next = last + 1;
      int start = next;
      for (int k = last; k > first; k--) {
        if (measure.size(units, k, last) > settings.overlap() || measure.size(units, k, next) > settings.size()) {
          break;
        }
        start = k;
      }
      first = start;
      last = next;
    }
    units.clear();
  }

  /** Whether to end the chunk before unit {@code j}: it is half full and j's paragraph would not fit whole. */
  private boolean breakBefore(List<Unit> units, Measure measure, int first, int j) {
    Unit u = units.get(j);
    if (u.paragraph() == units.get(j - 1).paragraph()) {
      return false;
    }
    if (measure.size(units, first, j - 1) * 2 < settings.size()) {
      return false;
    }
    int end = j;
    while (end + 1 < units.size() && units.get(end + 1).paragraph() == u.paragraph()) {
      end++;
    }
    return measure.size(units, first, end) > settings.size();
  }

  private ChunkedDocument classify(Document doc, List<Piece> pieces) {
    List<Chunk> kept = new ArrayList<>();
    List<SkippedChunk> skipped = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      String body = doc.text().substring(p.start(), p.end());
      Chunk chunk = new Chunk(doc.id() + "#" + i, doc.id(), doc.path(), doc.title(), p.section(), doc.language(),
          i, p.start(), p.end(), body);
      int visible = TextUnits.visibleChars(body);
      if (p.boilerplate()) {
        skipped.add(new SkippedChunk(chunk, BOILERPLATE, "only navigation, copyright or similar lines, e.g. '"
            + firstLine(body) + "'"));
      } else if (visible < settings.minChars()) {
        skipped.add(new SkippedChunk(chunk, TOO_SHORT, String.format(Locale.ROOT,
            "%d visible characters, below self_qa.min_chunk_chars %d", visible, settings.minChars())));
      } else {
        kept.add(chunk);
      }
    }
    return new ChunkedDocument(kept, skipped);
  }

  private static String firstLine(String body) {
    String line = body.strip().split("\n", 2)[0];
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }
}
