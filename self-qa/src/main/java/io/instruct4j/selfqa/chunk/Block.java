package io.instruct4j.selfqa.chunk;

/**
 * A structural piece of a document's text.
 *
 * @param kind what it is
 * @param start offset of its first visible character
 * @param end offset after its last visible character
 * @param heading the heading's text without {@code #} marks, for {@link Kind#HEADING}; else null
 */
record Block(Kind kind, int start, int end, String heading) {

  /** Headings start sections; paragraphs are packed into chunks; boilerplate is skipped. */
  enum Kind { HEADING, PARAGRAPH, BOILERPLATE }
}
