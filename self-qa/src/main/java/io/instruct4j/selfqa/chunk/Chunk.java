package io.instruct4j.selfqa.chunk;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.Objects;

/**
 * A passage of a document that questions are asked about: a verbatim slice of the document's
 * extracted text, {@code text == documentText.substring(start, end)}.
 *
 * @param id {@code <document id>#<index>}, stable while the document and the chunk settings are
 * @param documentId the document's id
 * @param documentPath the document's path as the user's input spelt it
 * @param title the document's title
 * @param section the heading of the section the chunk is in, null before the first heading
 * @param language the document's language, {@code en} or {@code zh}
 * @param index position among the document's chunks (skipped ones included), from 0
 * @param start offset of the first character in the extracted text
 * @param end offset after the last character (exclusive)
 * @param text the passage
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Chunk(
    String id,
    String documentId,
    String documentPath,
    String title,
    String section,
    String language,
    int index,
    int start,
    int end,
    String text)
    implements Serializable {

  public Chunk {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("chunk " + id + ": offsets [" + start + ", " + end
          + ") do not fit its " + text.length() + " characters");
    }
  }

  /** Where the chunk is, for reject and dead-letter records: {@code path [120, 940)}. */
  public String source() {
    return documentPath + " [" + start + ", " + end + ")";
  }
}
