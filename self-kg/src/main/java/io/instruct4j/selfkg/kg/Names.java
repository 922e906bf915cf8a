package io.instruct4j.selfkg.kg;

import java.text.Normalizer;

/** Cleans entity and relation names as read: Unicode NFC, whitespace runs to one space, trimmed. */
public final class Names {

  private Names() {}

  /** The cleaned name; empty when nothing but whitespace was given. */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    return nfc.replaceAll("[\\s\\u3000]+", " ").strip();
  }
}
