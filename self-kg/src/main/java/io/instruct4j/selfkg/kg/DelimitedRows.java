package io.instruct4j.selfkg.kg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into rows. CSV follows RFC 4180 (a field in double quotes may hold the
 * delimiter, {@code ""} for a quote, and line breaks); TSV has no quoting, so a {@code "} in a TSV
 * cell is just a character. Every row knows the line it starts on; a quoting error is reported for
 * that row and reading goes on at the next line.
 */
final class DelimitedRows implements AutoCloseable {

  /**
   * One row: its cells, or the reason it cannot be read.
   *
   * @param line the 1-based line the row starts on
   * @param cells the cells, null when {@code error} is set
   * @param error why the row is malformed, or null
   * @param raw the row's text as read
   */
  record Row(long line, List<String> cells, String error, String raw) {}

  private final BufferedReader in;
  private final String file;
  private final char delimiter;
  private final boolean quoted;
  private long lineNumber;

  DelimitedRows(Reader in, String file, char delimiter, boolean quoted) {
    this.in = new BufferedReader(in, 65536);
    this.file = file;
    this.delimiter = delimiter;
    this.quoted = quoted;
  }

  /** The next non-blank row, or null at the end of the file. */
  Row next() {
    String line;
    do {
      line = readLine();
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    long start = lineNumber;
    return quoted ? parseQuoted(start, line) : new Row(start, split(line), null, line);
  }

  private List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == delimiter) {
        cells.add(line.substring(from, i));
        from = i + 1;
      }
    }
    cells.add(line.substring(from));
    return cells;
  }

  private Row parseQuoted(long start, String first) {
    List<String> cells = new ArrayList<>();
    StringBuilder raw = new StringBuilder(first);
    String line = first;
    int i = 0;
    while (true) {
      StringBuilder cell = new StringBuilder();
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            String more = readLine();
            if (more == null) {
              return new Row(start, null, "a quoted field opened on line " + start
                  + " is never closed with '\"'", raw.toString());
            }
            raw.append('\n').append(more);
            cell.append('\n');
            line = more;
            i = 0;
            continue;
          }
          char c = line.charAt(i);
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
          } else if (c == '"') {
            i++;
            break;
          } else {
            cell.append(c);
            i++;
          }
        }
        if (i < line.length() && line.charAt(i) != delimiter) {
          return new Row(start, null, "unexpected text after a closing quote in column " + (cells.size() + 1)
              + " (write a quote inside a quoted field as \"\")", raw.toString());
        }
      } else {
        int end = line.indexOf(delimiter, i);
        end = end < 0 ? line.length() : end;
        cell.append(line, i, end);
        i = end;
      }
      cells.add(cell.toString());
      if (i >= line.length()) {
        return new Row(start, cells, null, raw.toString());
      }
      i++; // the delimiter
      if (i == line.length()) {
        cells.add("");
        return new Row(start, cells, null, raw.toString());
      }
    }
  }

  private String readLine() {
    try {
      String line = in.readLine();
      if (line != null) {
        lineNumber++;
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}
