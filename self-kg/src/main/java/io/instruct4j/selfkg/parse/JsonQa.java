package io.instruct4j.selfkg.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON side of {@link QaReplyParser}: lenient about fences and cut-off arrays. */
final class JsonQa {

  private static final ObjectMapper LENIENT = new ObjectMapper();
  private static final Pattern FENCE = Pattern.compile("^```[a-zA-Z]*\\s*\\n(.*?)(?:\\n```\\s*)?$", Pattern.DOTALL);
  private static final Set<String> QUESTION_KEYS = Set.of("question", "q", "instruction", "问题", "问");
  private static final Set<String> ANSWER_KEYS = Set.of("answer", "a", "output", "response", "答案", "答", "回答");

  private JsonQa() {}

  /** The pairs when {@code text} is JSON (possibly fenced), else null. */
  static ParsedQa parse(String text, boolean truncated) {
    Matcher fence = FENCE.matcher(text);
    String body = fence.matches() ? fence.group(1).strip() : text;
    if (!body.startsWith("[") && !body.startsWith("{")) {
      return null;
    }
    List<JsonNode> elements = new ArrayList<>();
    boolean complete = read(body, elements);
    if (elements.isEmpty()) {
      return null; // not JSON we understand: let the labeled parser try
    }
    List<QaPair> pairs = new ArrayList<>();
    List<DroppedPair> dropped = new ArrayList<>();
    for (JsonNode e : elements) {
      String q = field(e, QUESTION_KEYS);
      String a = field(e, ANSWER_KEYS);
      if (q.isEmpty() || a.isEmpty()) {
        dropped.add(new DroppedPair(e.toString(), QaReplyParser.INCOMPLETE));
      } else {
        pairs.add(new QaPair(q, a));
      }
    }
    if (!complete) {
      // the rest cannot be read: cut off by the limit, or broken JSON after the last good element
      String rest = "(the JSON cannot be read after element " + elements.size() + ")";
      dropped.add(new DroppedPair(rest, truncated ? QaReplyParser.TRUNCATED : QaReplyParser.INCOMPLETE));
    } else if (truncated && !pairs.isEmpty()) {
      // the array closed, yet the reply hit the limit: the last answer may be cut short
      QaPair last = pairs.remove(pairs.size() - 1);
      dropped.add(new DroppedPair("Q: " + last.question() + "\nA: " + last.answer(), QaReplyParser.TRUNCATED));
    }
    return new ParsedQa(pairs, dropped, "json");
  }

  /** Reads the array's elements (or those of the first array inside an object); false if cut off. */
  private static boolean read(String body, List<JsonNode> out) {
    try (JsonParser p = LENIENT.createParser(body)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        JsonNode whole = LENIENT.readTree(p);
        JsonNode list = firstArray(whole);
        if (list != null) {
          list.forEach(out::add);
        } else if (whole != null) {
          out.add(whole); // a single {question, answer} object
        }
        return true;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        out.add(LENIENT.readTree(p));
      }
      return p.currentToken() == JsonToken.END_ARRAY;
    } catch (IOException e) {
      return false; // cut off or broken: keep the complete elements read so far
    }
  }

  private static JsonNode firstArray(JsonNode object) {
    if (object == null) {
      return null;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      JsonNode v = fields.next().getValue();
      if (v.isArray()) {
        return v;
      }
    }
    return null;
  }

  private static String field(JsonNode element, Set<String> keys) {
    if (!element.isObject()) {
      return "";
    }
    Iterator<Map.Entry<String, JsonNode>> fields = element.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (keys.contains(f.getKey().toLowerCase(Locale.ROOT).strip()) && f.getValue().isTextual()) {
        return QaReplyParser.clean(f.getValue().asText());
      }
    }
    return "";
  }
}
