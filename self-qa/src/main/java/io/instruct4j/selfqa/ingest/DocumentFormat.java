package io.instruct4j.selfqa.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats Self-QA reads, recognised by file extension (case-insensitive). */
public enum DocumentFormat {
  TXT("txt", List.of("txt", "text")),
  MARKDOWN("md", List.of("md", "markdown")),
  HTML("html", List.of("html", "htm", "xhtml")),
  PDF("pdf", List.of("pdf")),
  CSV("csv", List.of("csv")),
  JSON("json", List.of("json"));

  private final String wireName;
  private final List<String> extensions;

  DocumentFormat(String wireName, List<String> extensions) {
    this.wireName = wireName;
    this.extensions = extensions;
  }

  /** The lower-case name used in outputs, e.g. {@code md}. */
  public String wireName() {
    return wireName;
  }

  /** The format of a file name, by its extension; empty when it is not one we read. */
  public static Optional<DocumentFormat> of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (DocumentFormat f : values()) {
      if (f.extensions.contains(ext)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Every accepted extension, for error messages. */
  public static String supportedExtensions() {
    StringBuilder b = new StringBuilder();
    for (DocumentFormat f : values()) {
      for (String e : f.extensions) {
        b.append(b.length() == 0 ? "." : ", .").append(e);
      }
    }
    return b.toString();
  }
}
