package io.instruct4j.selfqa.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable document ids: the same file under the same relative name gets the same id on every run
 * and machine; an edited file, or the same bytes under another name, gets a new one.
 */
public final class DocumentIds {

  private DocumentIds() {}

  /** SHA-256 of {@code bytes}, as 64 hex digits. */
  public static String contentHash(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** {@code doc-} + 16 hex digits of SHA-256(relative name NUL content hash). */
  public static String of(String relativeName, String contentHash) {
    MessageDigest sha = sha256();
    sha.update(relativeName.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(contentHash.getBytes(StandardCharsets.US_ASCII));
    return "doc-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
