package io.instruct4j.core.prompt;

import java.io.Serializable;
import java.util.Objects;

/**
 * A prompt ready to send as the single user message, with the template it came from.
 *
 * @param text the user message
 * @param templateId e.g. {@code self-instruct/bootstrap}
 * @param templateVersion the template file's {@code # version}
 * @param language the template's language
 */
public record RenderedPrompt(String text, String templateId, String templateVersion, String language)
    implements Serializable {

  public RenderedPrompt {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(templateVersion, "templateVersion");
    Objects.requireNonNull(language, "language");
  }
}
