package io.instruct4j.selfqa.pipeline;

import io.instruct4j.selfqa.SelfQaConfig;
import io.instruct4j.selfqa.ingest.DocumentRef;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What one Self-QA run works on.
 *
 * @param documents the documents to read, in a fixed order
 * @param config the {@code self_qa} settings
 * @param fallbackLanguage the language of a document without letters (the run's {@code language})
 */
public record SelfQaSpec(List<DocumentRef> documents, SelfQaConfig config, String fallbackLanguage)
    implements Serializable {

  public SelfQaSpec {
    documents = List.copyOf(documents);
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(fallbackLanguage, "fallbackLanguage");
  }
}
