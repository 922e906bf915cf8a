package io.instruct4j.pipelines.report;

import java.util.List;

/** Renders blocks as GitHub-flavoured Markdown; charts become links to the PNG files. */
final class MarkdownRenderer {

  private MarkdownRenderer() {}

  static String render(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        out.append("#".repeat(h.level())).append(' ').append(Escape.markdown(h.text())).append('\n');
      } else if (block instanceof Block.Text t) {
        out.append(Escape.markdown(t.text())).append('\n');
      } else if (block instanceof Block.Bullets b) {
        b.items().forEach(i -> out.append("- ").append(Escape.markdown(i)).append('\n'));
      } else if (block instanceof Block.Table t) {
        table(out, t);
      } else if (block instanceof Block.Chart c) {
        out.append("![").append(Escape.markdownCell(c.spec().title())).append("](")
            .append(c.spec().assetPath()).append(")\n");
      } else if (block instanceof Block.Preformatted p) {
        String fence = Escape.fence(p.text());
        out.append(Escape.markdown(p.caption())).append("\n\n")
            .append(fence).append("text\n").append(p.text()).append('\n').append(fence).append('\n');
      }
      out.append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static void table(StringBuilder out, Block.Table t) {
    if (t.caption() != null) {
      out.append("**").append(Escape.markdown(t.caption())).append("**\n\n");
    }
    row(out, t.header());
    StringBuilder rule = new StringBuilder("|");
    for (int col = 0; col < t.header().size(); col++) {
      rule.append(Numbers.isNumericColumn(t, col) ? "---:|" : "---|");
    }
    out.append(rule).append('\n');
    t.rows().forEach(r -> row(out, r));
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(Escape.markdownCell(cell)).append(" |");
    }
    out.append('\n');
  }
}
