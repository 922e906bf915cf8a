package io.instruct4j.pipelines.report;

import java.util.List;
import java.util.Objects;

/**
 * One piece of the report. Sections build blocks; the Markdown and HTML renderers turn the same
 * blocks into their format, so both files always say the same thing. Every string is plain text:
 * escaping is the renderers' job, never the sections'.
 */
sealed interface Block {

  /** A heading; level 1 is the title. */
  record Heading(int level, String text) implements Block {
    public Heading {
      if (level < 1 || level > 4) {
        throw new IllegalArgumentException("heading level must be 1 to 4, got " + level);
      }
      Objects.requireNonNull(text, "text");
    }
  }

  /** A paragraph. */
  record Text(String text) implements Block {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A bulleted list. */
  record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /** A table; every row has as many cells as the header. The caption may be null. */
  record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != header.size()) {
          throw new IllegalArgumentException("table '" + caption + "' has " + header.size()
              + " columns but a row with " + row.size() + " cells: " + row);
        }
      }
    }
  }

  /** A chart, saved as a PNG file and embedded in the HTML. */
  record Chart(ChartSpec spec) implements Block {
    public Chart {
      Objects.requireNonNull(spec, "spec");
    }
  }

  /** Text shown as is (line breaks kept, nothing interpreted), with a caption above it. */
  record Preformatted(String caption, String text) implements Block {
    public Preformatted {
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(text, "text");
    }
  }
}
