package io.instruct4j.core.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads prompt templates from the classpath ({@code prompts/<language>/<id>.txt}), never from
 * the working directory, so a run uses exactly the prompts its jar was built with.
 */
public final class PromptLibrary {

  /** Languages that have a full set of prompts. */
  public static final List<String> LANGUAGES = List.of("en", "zh");

  private static final Map<String, PromptTemplate> CACHE = new ConcurrentHashMap<>();

  private PromptLibrary() {}

  /**
   * The template {@code id} in {@code language}.
   *
   * @throws IllegalArgumentException for a language without prompts
   * @throws IllegalStateException when the resource is missing or malformed (a packaging bug)
   */
  public static PromptTemplate get(String language, String id) {
    requireLanguage(language);
    if (id == null || id.isBlank() || id.contains("..")) {
      throw new IllegalArgumentException("prompt id must be a relative name like 'self-instruct/bootstrap', got '" + id + "'");
    }
    return CACHE.computeIfAbsent(language + "/" + id, key -> load(language, id));
  }

  /** Fails unless prompts exist for {@code language}. */
  public static String requireLanguage(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("unknown prompt language '" + language + "': prompts exist for " + LANGUAGES);
    }
    return language;
  }

  private static PromptTemplate load(String language, String id) {
    String resource = "prompts/" + language + "/" + id + ".txt";
    try (InputStream in = PromptLibrary.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("prompt resource " + resource + " is missing from the classpath");
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
      try {
        return PromptTemplate.parse(id, language, resource, text);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("prompt resource " + resource + " is not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt resource " + resource, e);
    }
  }
}
