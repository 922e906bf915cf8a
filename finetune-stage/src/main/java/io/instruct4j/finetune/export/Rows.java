package io.instruct4j.finetune.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.record.Example;
import java.util.Optional;

/**
 * One example as a row of each export format. Keys are written in the order the formats'
 * documentation shows them (ObjectNode keeps insertion order), so files read naturally.
 */
final class Rows {

  /** Between instruction and input in a chat turn: the blank line Alpaca's prompt puts between sections. */
  static final String INPUT_SEPARATOR = "\n\n";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Rows() {}

  static ObjectNode alpaca(Example e, Optional<String> system) {
    ObjectNode row = NODES.objectNode()
        .put("instruction", e.instruction())
        .put("input", e.input())
        .put("output", e.output());
    system.ifPresent(s -> row.put("system", s));
    return row;
  }

  /** The system prompt is the first turn ({@code from: system}); LLaMA-Factory reads it through {@code system_tag}. */
  static ObjectNode shareGpt(Example e, Optional<String> system) {
    ObjectNode row = NODES.objectNode();
    ArrayNode turns = row.putArray("conversations");
    system.ifPresent(s -> turn(turns, "from", "value", "system", s));
    turn(turns, "from", "value", "human", userTurn(e));
    turn(turns, "from", "value", "gpt", e.output());
    return row;
  }

  static ObjectNode openAi(Example e, Optional<String> system) {
    ObjectNode row = NODES.objectNode();
    ArrayNode messages = row.putArray("messages");
    system.ifPresent(s -> turn(messages, "role", "content", "system", s));
    turn(messages, "role", "content", "user", userTurn(e));
    turn(messages, "role", "content", "assistant", e.output());
    return row;
  }

  /** The instruction, then a blank line and the input when there is one. */
  static String userTurn(Example e) {
    return e.input().isEmpty() ? e.instruction() : e.instruction() + INPUT_SEPARATOR + e.input();
  }

  private static void turn(ArrayNode turns, String roleKey, String textKey, String role, String text) {
    turns.addObject().put(roleKey, role).put(textKey, text);
  }
}
