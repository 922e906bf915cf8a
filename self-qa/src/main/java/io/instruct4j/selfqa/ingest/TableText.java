package io.instruct4j.selfqa.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.instruct4j.core.io.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Structured inputs rendered as text a model can read: one paragraph per row, one
 * {@code column: value} line per non-empty cell. A JSON object of arrays becomes one section per
 * array, headed by its key.
 */
final class TableText {

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private TableText() {}

  /** A CSV file whose first row names the columns. */
  static Extracted csv(String text, String file) {
    List<String> header = null;
    StringBuilder out = new StringBuilder();
    try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(text)) {
      int row = 0;
      while (rows.hasNextValue()) {
        String[] cells = rows.nextValue();
        row++;
        if (header == null) {
          header = List.of(cells);
          continue;
        }
        if (cells.length > header.size()) {
          throw new DocumentException(DocumentException.BAD_TABLE, file, "row " + row + " has "
              + cells.length + " cells but the header names " + header.size() + " columns");
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
          line(lines, header.get(i), cells[i]);
        }
        paragraph(out, lines);
      }
    } catch (JsonProcessingException e) {
      throw new DocumentException(DocumentException.BAD_TABLE, file, "not valid CSV at line "
          + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("reading CSV from memory failed", e);
    }
    return new Extracted(out.toString(), null, false);
  }

  /** A JSON array of row objects, a single row object, or an object whose values are such arrays. */
  static Extracted json(String text, String file) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new DocumentException(DocumentException.BAD_TABLE, file, "not valid JSON at line "
          + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
    }
    StringBuilder out = new StringBuilder();
    if (root != null && root.isArray()) {
      rows(out, root, file, "");
    } else if (root != null && root.isObject() && isTableObject(root)) {
      for (Map.Entry<String, JsonNode> table : root.properties()) {
        out.append(out.length() == 0 ? "" : "\n\n").append("# ").append(table.getKey());
        rows(out, table.getValue(), file, table.getKey());
      }
    } else if (root != null && root.isObject()) {
      rows(out, Json.MAPPER.createArrayNode().add(root), file, "");
    } else {
      throw new DocumentException(DocumentException.BAD_TABLE, file,
          "expected an array of row objects, or an object whose values are such arrays");
    }
    return new Extracted(out.toString(), null, true);
  }

  private static boolean isTableObject(JsonNode root) {
    if (root.isEmpty()) {
      return false;
    }
    for (JsonNode value : root) {
      if (!value.isArray()) {
        return false;
      }
    }
    return true;
  }

  private static void rows(StringBuilder out, JsonNode rows, String file, String table) {
    int index = 0;
    for (JsonNode row : rows) {
      index++;
      if (!row.isObject()) {
        throw new DocumentException(DocumentException.BAD_TABLE, file, (table.isEmpty() ? "" : table + " ")
            + "row " + index + " is " + row.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + ", expected an object of column: value pairs");
      }
      StringBuilder lines = new StringBuilder();
      for (Map.Entry<String, JsonNode> cell : row.properties()) {
        JsonNode v = cell.getValue();
        line(lines, cell.getKey(), v.isNull() ? "" : v.isValueNode() ? v.asText() : Json.toLine(v));
      }
      paragraph(out, lines);
    }
  }

  private static void line(StringBuilder lines, String column, String value) {
    String v = value == null ? "" : value.strip().replaceAll("\\s*\\n\\s*", " ");
    if (!v.isEmpty()) {
      lines.append(lines.length() == 0 ? "" : "\n").append(column.strip()).append(": ").append(v);
    }
  }

  private static void paragraph(StringBuilder out, CharSequence lines) {
    if (lines.length() > 0) {
      out.append(out.length() == 0 ? "" : "\n\n").append(lines);
    }
  }
}
