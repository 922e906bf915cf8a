package io.instruct4j.core.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The response cache key: SHA-256 of a canonical JSON of what decides the reply (model, messages,
 * generation params, sample index). The base URL and API key are left out on purpose: the same
 * model behind another URL or key gives the same reply, and the key must never reach the cache.
 * Maps are written with sorted keys and unset params are omitted, so the key is stable across
 * runs, machines and field order.
 */
final class CacheKey {

  /** Bump when the canonical form changes, so old entries are not misread as new ones. */
  private static final int VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private CacheKey() {}

  static String of(String model, ChatCall call) {
    return sha256(canonicalJson(model, call));
  }

  static String canonicalJson(String model, ChatCall call) {
    Map<String, Object> root = new TreeMap<>();
    root.put("v", VERSION);
    root.put("model", model);
    root.put("messages", call.messages().stream().map(CacheKey::message).toList());
    root.put("params", JSON.convertValue(call.params(), TreeMap.class));
    root.put("sample_index", call.sampleIndex());
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a chat call for the cache key", e);
    }
  }

  private static Map<String, Object> message(ChatMessage m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("content", m.content());
    out.put("role", m.role().name().toLowerCase(Locale.ROOT));
    return out;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
