package io.instruct4j.pipelines.report;

import java.util.regex.Pattern;

/** Which table columns hold numbers, so both renderers right-align them. */
final class Numbers {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9.,]*%?");

  private Numbers() {}

  /** True when every non-blank cell below the header (a lone {@code -} counts as blank) is a number. */
  static boolean isNumericColumn(Block.Table table, int col) {
    boolean any = false;
    for (var row : table.rows()) {
      String cell = row.get(col).strip();
      if (cell.isEmpty() || cell.equals("-")) {
        continue;
      }
      if (!NUMBER.matcher(cell).matches()) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
