package io.instruct4j.finetune.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.io.OutputFileException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * A JSON-array export file, streamed (an export may not fit in memory twice) into a hidden temp
 * file next to the target and renamed over it on commit, so a killed export never leaves a
 * truncated array that a trainer would load half of or choke on.
 */
final class JsonArrayFile implements RowFile {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream out;
  private final JsonGenerator json;
  private long count;
  private boolean done;

  private JsonArrayFile(Path target, Path temp, FileChannel channel) throws IOException {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    this.json = Json.MAPPER.createGenerator(out);
    json.setPrettyPrinter(PrettyJson.printer());
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartArray();
  }

  static JsonArrayFile open(Path target) {
    Path folder = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      // createFile, not createTempFile: a temp file is private (0600), and the export must keep
      // the folder's usual permissions once renamed
      temp = Files.createFile(folder.resolve("." + target.getFileName() + ".tmp-"
          + Long.toUnsignedString(RANDOM.nextLong(), 36)));
      return new JsonArrayFile(target, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new OutputFileException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(ObjectNode row) {
    try {
      json.writeTree(row);
      count++;
    } catch (IOException e) {
      close();
      throw new OutputFileException("cannot write " + target + " (row " + (count + 1) + "): " + e.getMessage()
          + "; nothing was written", e);
    }
  }

  @Override
  public void commit() {
    try {
      json.writeEndArray();
      json.flush();
      out.write('\n');
      out.flush();
      channel.force(true);
      out.close();
      done = true;
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      done = false;
      close();
      throw new OutputFileException("cannot finish " + target + ": " + e.getMessage() + "; nothing was written", e);
    }
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public Path target() {
    return target;
  }

  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    try {
      out.close();
    } catch (IOException e) {
      // abandoning the file anyway; the failure that led here is the one to report
    }
    deleteQuietly(temp);
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover hidden .tmp file is harmless; the original failure is what the user needs
    }
  }
}
