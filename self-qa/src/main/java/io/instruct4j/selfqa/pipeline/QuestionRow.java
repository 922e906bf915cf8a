package io.instruct4j.selfqa.pipeline;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;

/**
 * A kept question as written to {@code questions.jsonl}: without the passage, which
 * {@code chunks.jsonl} holds once.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record QuestionRow(String id, String question, String chunkId, String documentPath, String language)
    implements Serializable {

  static QuestionRow of(Question q) {
    return new QuestionRow(q.id(), q.text(), q.chunk().id(), q.chunk().documentPath(), q.chunk().language());
  }
}
