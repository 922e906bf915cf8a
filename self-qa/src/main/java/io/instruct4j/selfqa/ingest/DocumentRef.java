package io.instruct4j.selfqa.ingest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.Objects;

/**
 * A document to read: where it is and the name it has relative to the input it was found under.
 * The relative name (not the absolute path) goes into the document id, so moving the whole input
 * folder keeps every id.
 *
 * @param path the file's path as the user's input spelt it (input folder + relative name)
 * @param relativeName the path below the input folder with {@code /} separators; the file name
 *     for a file given directly
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DocumentRef(String path, String relativeName) implements Serializable {

  public DocumentRef {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(relativeName, "relativeName");
    if (relativeName.isBlank()) {
      throw new IllegalArgumentException("relative name of " + path + " is blank");
    }
  }
}
