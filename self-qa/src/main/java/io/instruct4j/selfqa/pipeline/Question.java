package io.instruct4j.selfqa.pipeline;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.selfqa.chunk.Chunk;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A generated question that passed its filters, with the chunk it is about (the answer call needs
 * the passage) and how it was made.
 *
 * @param id {@code <chunk id>/q<position>}
 * @param text the question
 * @param position its index in the reply, from 0
 * @param chunk the passage it is about
 * @param model the model that wrote it
 * @param promptHash the question call's cache key
 * @param templateId the question prompt's id
 * @param templateVersion the question prompt's version
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Question(
    String id, String text, int position, Chunk chunk, String model, String promptHash,
    String templateId, String templateVersion)
    implements Serializable {

  /**
   * Input order (document path, chunk, position): of several equal questions the one from the
   * earliest document is kept, which does not depend on the runner and is what a user expects.
   */
  public static final Comparator<Question> ORDER = Comparator
      .comparing((Question q) -> q.chunk().documentPath())
      .thenComparing(q -> q.chunk().documentId())
      .thenComparingInt(q -> q.chunk().index())
      .thenComparingInt(Question::position);

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(chunk, "chunk");
  }

  /** Where the question came from, for reject records: {@code <question id> <path> [start, end)}. */
  public String source() {
    return id + " " + chunk.source();
  }
}
