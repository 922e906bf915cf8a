package io.instruct4j.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Finds the line of a key in a YAML document by walking its tokens. Jackson buffers a record's
 * properties before binding them, so the location on a binding error points at the end of the
 * enclosing mapping rather than at the offending key; users need the key's own line.
 */
final class YamlLines {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlLines() {}

  /** The 1-based line where the mapping key at {@code path} (e.g. [llm, modle]) starts, or -1. */
  static int lineOf(String yaml, List<String> path) {
    try (JsonParser p = FACTORY.createParser(yaml)) {
      Deque<String> stack = new ArrayDeque<>();
      String pendingField = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME -> {
            pendingField = p.currentName();
            if (matches(stack, pendingField, path)) {
              return p.currentTokenLocation().getLineNr();
            }
          }
          case START_OBJECT -> {
            stack.addLast(pendingField == null ? "" : pendingField);
            pendingField = null;
          }
          case END_OBJECT -> stack.pollLast();
          case START_ARRAY -> p.skipChildren();
          default -> pendingField = null;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  private static boolean matches(Deque<String> stack, String field, List<String> path) {
    if (stack.size() != path.size()) {
      return false;
    }
    int i = 0;
    for (String s : stack) {
      // The root mapping has no name; every deeper level must match the path.
      if (i > 0 && !s.equals(path.get(i - 1))) {
        return false;
      }
      i++;
    }
    return field.equals(path.get(path.size() - 1));
  }
}
