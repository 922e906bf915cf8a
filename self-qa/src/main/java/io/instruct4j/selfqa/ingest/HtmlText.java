package io.instruct4j.selfqa.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to structured text with jsoup: headings become Markdown heading lines ({@code ## Title}),
 * every block element (paragraph, list item, ...) its own paragraph, list items get a {@code - }
 * marker ({@code 1. } in numbered lists), a table is one paragraph with a line per row and cells joined by {@code  | }, and a
 * {@code <nav>} is one menu line ({@code Home | Products | Support}). Scripts, styles and other
 * non-content elements are dropped; navigation and footers are kept as text so the chunker can
 * skip them with a recorded reason rather than losing them silently here.
 */
final class HtmlText {

  private static final Set<String> SKIP = Set.of(
      "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "math");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "li",
      "table", "caption", "blockquote", "pre", "hr", "dl", "dt", "dd",
      "figure", "figcaption", "form", "fieldset", "address", "details", "summary", "body",
      "h1", "h2", "h3", "h4", "h5", "h6");

  private HtmlText() {}

  static Extracted extract(String html) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    Collector collector = new Collector();
    NodeTraversor.filter(collector, doc.body());
    collector.flush();
    return new Extracted(collector.out.toString(), doc.title(), true);
  }

  /** Walks the tree once, writing finished blocks to {@code out} and inline text to {@code block}. */
  private static final class Collector implements NodeFilter {
    final StringBuilder out = new StringBuilder();
    private final StringBuilder block = new StringBuilder();
    private String prefix = "";
    private Element prefixOwner;
    private int preDepth;
    private int navDepth;
    private boolean cellOpen;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        appendText(text.getWholeText());
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (SKIP.contains(name)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (navDepth > 0 && !name.equals("nav")) {
          if (BLOCKS.contains(name) || name.equals("a")) {
            separate();
          }
        } else if (name.equals("br")) {
          block.append('\n');
        } else if (name.equals("td") || name.equals("th")) {
          if (cellOpen && block.length() > 0) {
            block.append(" | ");
          }
          cellOpen = true;
        } else if (BLOCKS.contains(name)) {
          flush();
          if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            prefix = "#".repeat(name.charAt(1) - '0') + " ";
            prefixOwner = e;
          } else if (name.equals("li")) {
            boolean numbered = e.parent() != null && e.parent().normalName().equals("ol");
            prefix = numbered ? (e.elementSiblingIndex() + 1) + ". " : "- ";
            prefixOwner = e;
          }
          if (name.equals("pre")) {
            preDepth++;
          } else if (name.equals("nav")) {
            navDepth++;
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName();
        if (navDepth > 0 && !name.equals("nav")) {
          return FilterResult.CONTINUE;
        }
        if (name.equals("tr")) {
          block.append('\n');
          cellOpen = false;
        }
        if (BLOCKS.contains(name)) {
          flush();
          if (name.equals("pre")) {
            preDepth--;
          } else if (name.equals("nav")) {
            navDepth--;
          }
          if (e == prefixOwner) {
            prefix = "";
            prefixOwner = null;
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    private void appendText(String text) {
      if (preDepth > 0) {
        block.append(text);
        return;
      }
      // Collapse HTML whitespace the way a browser renders it.
      String collapsed = text.replaceAll("[ \\t\\n\\r\\f\\u00A0]+", " ");
      if (collapsed.startsWith(" ") && (block.length() == 0 || endsWithSpace())) {
        collapsed = collapsed.substring(1);
      }
      block.append(collapsed);
    }

    /** Inside a menu every item is separated from the last by a bar. */
    private void separate() {
      String sofar = block.toString().stripTrailing();
      if (!sofar.isEmpty() && !sofar.endsWith("|")) {
        block.setLength(0);
        block.append(sofar).append(" | ");
      }
    }

    private boolean endsWithSpace() {
      char last = block.charAt(block.length() - 1);
      return last == ' ' || last == '\n';
    }

    /**
     * Ends the current block: its lines trimmed, empty ones dropped, a blank line before it. The
     * heading or list marker is used up by the first non-empty block, so {@code <li><p>x</p></li>}
     * still reads {@code - x}.
     */
    void flush() {
      StringBuilder lines = new StringBuilder();
      for (String line : block.toString().split("\n")) {
        String trimmed = preDepth > 0 ? line.stripTrailing() : line.strip();
        // A menu or a row may end in a separator left by an empty last item.
        trimmed = trimmed.replaceAll("\\s*\\|$", "");
        if (!trimmed.isBlank()) {
          lines.append(lines.length() == 0 ? "" : "\n").append(trimmed);
        }
      }
      block.setLength(0);
      if (lines.length() > 0) {
        String text = prefix.startsWith("#") ? lines.toString().replace('\n', ' ') : lines.toString();
        out.append(out.length() == 0 ? "" : "\n\n").append(prefix).append(text);
        prefix = "";
        prefixOwner = null;
      }
      cellOpen = false;
    }
  }
}
