package io.instruct4j.selfqa.ingest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.Objects;

/**
 * A document read and turned into text. Chunk offsets index into {@link #text}.
 *
 * @param id {@code doc-} + 16 hex digits of SHA-256 over the relative name and the content hash
 * @param path the file's path as the user's input spelt it
 * @param relativeName the name below the input folder
 * @param format the format's wire name, e.g. {@code pdf}
 * @param title the document's title (its own, or its first heading, or the file name)
 * @param language {@code en} or {@code zh}: configured, or detected from the text
 * @param contentHash SHA-256 of the file's bytes, hex
 * @param markdownHeadings whether {@code #} lines in the text are headings
 * @param text the extracted text
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Document(
    String id,
    String path,
    String relativeName,
    String format,
    String title,
    String language,
    String contentHash,
    boolean markdownHeadings,
    String text)
    implements Serializable {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }
}
