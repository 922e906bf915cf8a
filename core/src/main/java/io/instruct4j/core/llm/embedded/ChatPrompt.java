package io.instruct4j.core.llm.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.instruct4j.core.llm.ChatMessage;
import io.instruct4j.core.llm.LlmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chat messages as the JSON request llama.cpp's template step reads
 * ({@code {"messages":[{"role":"user","content":"..."}]}}). llama.cpp renders it with the chat
 * template stored in the GGUF file ({@code tokenizer.chat_template}), the same one an
 * OpenAI-compatible llama.cpp server would apply, and adds the assistant turn's opening.
 *
 * <p>The binding returns the rendered prompt through JNI's {@code NewStringUTF}, which misreads
 * characters outside the Basic Multilingual Plane (emoji, rare CJK ideographs) and cuts the text
 * short after them. So each such character travels as a private-use BMP character that the
 * messages do not contain, and {@link #restore} puts the originals back.
 */
final class ChatPrompt {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final char FIRST_PRIVATE = '\uE000';
  private static final char LAST_PRIVATE = '\uF8FF';

  private final String json;
  private final Map<Character, String> originals;

  private ChatPrompt(String json, Map<Character, String> originals) {
    this.json = json;
    this.originals = originals;
  }

  static ChatPrompt of(List<ChatMessage> messages) {
    Map<Integer, Character> stand = standIns(messages);
    List<Map<String, String>> list = new ArrayList<>();
    for (ChatMessage m : messages) {
      Map<String, String> message = new LinkedHashMap<>();
      message.put("role", m.role().name().toLowerCase(Locale.ROOT));
      message.put("content", replace(m.content(), stand));
      list.add(message);
    }
    Map<Character, String> originals = new HashMap<>();
    stand.forEach((codePoint, c) -> originals.put(c, Character.toString(codePoint)));
    try {
      return new ChatPrompt(JSON.writeValueAsString(Map.of("messages", list)), originals);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write chat messages as JSON", e);
    }
  }

  /** The request for {@code LlamaModel.applyTemplate}. */
  String json() {
    return json;
  }

  /** The rendered prompt with the stood-in characters back in place. */
  String restore(String rendered) {
    if (originals.isEmpty()) {
      return rendered;
    }
    StringBuilder out = new StringBuilder(rendered.length());
    for (int i = 0; i < rendered.length(); i++) {
      char c = rendered.charAt(i);
      String original = originals.get(c);
      out.append(original != null ? original : String.valueOf(c));
    }
    return out.toString();
  }

  /** A private-use character for every supplementary code point, none of them already in use. */
  private static Map<Integer, Character> standIns(List<ChatMessage> messages) {
    Map<Integer, Character> stand = new HashMap<>();
    boolean[] used = new boolean[LAST_PRIVATE - FIRST_PRIVATE + 1];
    for (ChatMessage m : messages) {
      m.content().codePoints().forEach(cp -> {
        if (cp >= FIRST_PRIVATE && cp <= LAST_PRIVATE) {
          used[cp - FIRST_PRIVATE] = true;
        }
      });
    }
    int next = 0;
    for (ChatMessage m : messages) {
      for (int cp : m.content().codePoints().filter(Character::isSupplementaryCodePoint).toArray()) {
        if (stand.containsKey(cp)) {
          continue;
        }
        while (next < used.length && used[next]) {
          next++;
        }
        if (next == used.length) {
          throw new LlmException(LlmException.Kind.BAD_REQUEST, "the prompt holds more distinct characters "
              + "outside the Basic Multilingual Plane (emoji and the like) than the embedded backend can "
              + "pass through llama.cpp's template step (" + used.length + ")", null);
        }
        stand.put(cp, (char) (FIRST_PRIVATE + next++));
      }
    }
    return stand;
  }

  private static String replace(String text, Map<Integer, Character> stand) {
    if (stand.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      Character c = stand.get(cp);
      if (c != null) {
        out.append(c.charValue());
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
