package io.instruct4j.pipelines.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Renders blocks as one self-contained HTML page: styles inline, charts embedded as
 * {@code data:image/png;base64} URIs, so the file can be mailed or opened anywhere on its own.
 */
final class HtmlRenderer {

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans','PingFang SC','Microsoft YaHei',sans-serif;",
      "max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}",
      "table{border-collapse:collapse;margin:.5rem 0 1rem}",
      "caption{text-align:left;font-weight:600;padding:.25rem 0}",
      "th,td{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top}",
      "th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}",
      "pre{background:#f7f7f7;border:1px solid #ddd;padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere}",
      "img{max-width:100%;height:auto}");

  private HtmlRenderer() {}

  /**
   * @param title the page title
   * @param blocks the report
   * @param pngs every chart's PNG bytes by {@link ChartSpec#file()}
   */
  static String render(String title, List<Block> blocks, Map<String, byte[]> pngs) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Escape.html(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        out.append("<h").append(h.level()).append('>').append(Escape.html(h.text()))
            .append("</h").append(h.level()).append(">\n");
      } else if (block instanceof Block.Text t) {
        out.append("<p>").append(Escape.html(t.text())).append("</p>\n");
      } else if (block instanceof Block.Bullets b) {
        out.append("<ul>\n");
        b.items().forEach(i -> out.append("<li>").append(Escape.html(i)).append("</li>\n"));
        out.append("</ul>\n");
      } else if (block instanceof Block.Table t) {
        table(out, t);
      } else if (block instanceof Block.Chart c) {
        chart(out, c.spec(), pngs.get(c.spec().file()));
      } else if (block instanceof Block.Preformatted p) {
        out.append("<p>").append(Escape.html(p.caption())).append("</p>\n<pre>")
            .append(Escape.html(p.text())).append("</pre>\n");
      }
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void table(StringBuilder out, Block.Table t) {
    out.append("<table>\n");
    if (t.caption() != null) {
      out.append("<caption>").append(Escape.html(t.caption())).append("</caption>\n");
    }
    out.append("<thead><tr>");
    t.header().forEach(h -> out.append("<th>").append(Escape.html(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    boolean[] numeric = new boolean[t.header().size()];
    for (int col = 0; col < numeric.length; col++) {
      numeric[col] = Numbers.isNumericColumn(t, col);
    }
    for (List<String> row : t.rows()) {
      out.append("<tr>");
      for (int col = 0; col < row.size(); col++) {
        out.append(numeric[col] ? "<td class=\"num\">" : "<td>").append(Escape.html(row.get(col))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void chart(StringBuilder out, ChartSpec spec, byte[] png) {
    if (png == null) {
      throw new IllegalStateException("chart " + spec.file() + " was not rendered before the HTML");
    }
    out.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
        .append("\" alt=\"").append(Escape.html(spec.title())).append("\" width=\"").append(ChartSpec.WIDTH)
        .append("\" height=\"").append(ChartSpec.HEIGHT).append("\"><figcaption>")
        .append(Escape.html(spec.title())).append("</figcaption></figure>\n");
  }
}
