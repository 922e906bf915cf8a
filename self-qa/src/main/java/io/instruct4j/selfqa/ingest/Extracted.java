package io.instruct4j.selfqa.ingest;

import java.util.Objects;

/**
 * The text a format's extractor produced.
 *
 * @param text plain text, {@code \n} line ends; paragraphs separated by blank lines
 * @param title the document's own title (HTML {@code <title>}, PDF info), null when it has none
 * @param markdownHeadings whether lines starting with {@code #} are headings (Markdown, and the
 *     text we render from HTML and JSON), as opposed to ordinary text (.txt, PDF, CSV)
 */
record Extracted(String text, String title, boolean markdownHeadings) {

  Extracted {
    Objects.requireNonNull(text, "text");
    title = title == null || title.isBlank() ? null : title.strip();
  }
}
