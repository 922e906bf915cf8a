package io.instruct4j.core.llm.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The cache identity of a model file: the SHA-256 of its whole content. Name, size, modification
 * time or a header hash were rejected: two fine-tunes exported with the same config and
 * quantization have the same size and header, and a copy keeps the content but not the mtime.
 * Only the content says "same weights, same tokenizer, same chat template", so only it can
 * promise that one model's replies are never served for another; a renamed or moved copy keeps
 * its cache. Hashing reads the file once at load (about a second per GB), which also warms the
 * page cache llama.cpp then maps the file from.
 */
final class ModelIdentity {

  private ModelIdentity() {}

  static String of(Path file) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    try (FileChannel channel = FileChannel.open(file)) {
      while (channel.read(buffer) >= 0) {
        buffer.flip();
        digest.update(buffer);
        buffer.clear();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read llm.model_file '" + file + "' to identify it", e);
    }
    return "gguf-sha256:" + HexFormat.of().formatHex(digest.digest());
  }
}
