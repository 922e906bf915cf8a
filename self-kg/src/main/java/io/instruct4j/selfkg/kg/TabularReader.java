package io.instruct4j.selfkg.kg;

import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.io.InputFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads (head, relation, tail) rows from TSV or CSV. A header row is optional: with
 * {@code header: auto} a first row of exactly the three column names (head/relation/tail, or
 * subject/predicate/object, or 头实体/关系/尾实体) is taken as the header, and then the columns may
 * come in any order; without a header the columns are in {@code self_kg.columns} order. Either way
 * a row must have exactly three cells.
 */
final class TabularReader {

  /** Header names accepted for each column. */
  private static final Map<String, List<String>> SYNONYMS = Map.of(
      "head", List.of("head", "subject", "entity", "头实体", "实体", "主体"),
      "relation", List.of("relation", "predicate", "property", "关系"),
      "tail", List.of("tail", "object", "value", "尾实体", "客体"));

  private final KgReadOptions options;
  private final BadRows bad;

  TabularReader(KgReadOptions options, BadRows bad) {
    this.options = options;
    this.bad = bad;
  }

  void read(Path path, boolean csv, TripleCollector out) {
    String file = InputFiles.displayName(path);
    String what = csv ? "commas" : "tabs";
    try (DelimitedRows rows = new DelimitedRows(InputFiles.newReader(path), file, csv ? ',' : '\t', csv)) {
      DelimitedRows.Row row = rows.next();
      if (row == null) {
        return;
      }
      int[] index = null; // positions of head, relation, tail
      int width = 3;
      if (row.error() == null && !options.header().equals("false")) {
        List<String> names = row.cells();
        index = headerIndex(names);
        if (index == null && options.header().equals("true")) {
          throw new InputFileException(file, row.line(), "self_kg.header is true but the first row " + names
              + " does not name the columns head, relation and tail (or subject, predicate, object)");
        }
        if (index != null) {
          width = names.size();
          row = rows.next();
        }
      }
      if (index == null) {
        index = new int[] {
            options.columns().indexOf("head"), options.columns().indexOf("relation"), options.columns().indexOf("tail")};
      }
      for (; row != null; row = rows.next()) {
        out.record();
        if (row.error() != null) {
          bad.handle(file, row.line(), row.raw(), row.error());
          continue;
        }
        List<String> cells = row.cells();
        if (cells.size() != width) {
          bad.handle(file, row.line(), row.raw(), "expected " + width + " columns separated by " + what
              + ", found " + cells.size() + hint(row.raw(), csv, cells.size()));
          continue;
        }
        String head = Names.clean(cells.get(index[0]));
        String relation = Names.clean(cells.get(index[1]));
        String tail = Names.clean(cells.get(index[2]));
        String empty = head.isEmpty() ? "head" : relation.isEmpty() ? "relation" : tail.isEmpty() ? "tail" : null;
        if (empty != null) {
          bad.handle(file, row.line(), row.raw(), "the " + empty + " column is empty");
          continue;
        }
        out.add(Triple.of(head, relation, tail, file + ":" + row.line()));
      }
    }
  }

  /** Positions of head, relation, tail when every cell of {@code cells} names a known column. */
  private static int[] headerIndex(List<String> cells) {
    int[] index = {-1, -1, -1};
    List<String> order = List.of("head", "relation", "tail");
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).strip().toLowerCase(Locale.ROOT);
      boolean known = false;
      for (int c = 0; c < 3; c++) {
        if (SYNONYMS.get(order.get(c)).contains(cell)) {
          if (index[c] >= 0) {
            return null; // the same column named twice is data, not a header
          }
          index[c] = i;
          known = true;
        }
      }
      if (!known) {
        return null;
      }
    }
    return index[0] >= 0 && index[1] >= 0 && index[2] >= 0 ? index : null;
  }

  private static String hint(String raw, boolean csv, int found) {
    if (!csv && found == 1 && raw.strip().contains(" ")) {
      return " (the row has no tab: are the columns separated by spaces?)";
    }
    if (csv && found > 3) {
      return " (quote a value that contains a comma: \"a, b\")";
    }
    return "";
  }
}
