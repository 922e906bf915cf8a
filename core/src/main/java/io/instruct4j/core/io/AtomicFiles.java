package io.instruct4j.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files so that readers see either the old content or the complete new content, never a
 * half-written file: data goes to a hidden temp file in the same folder ({@code .name.tmp-<random>},
 * same folder so the rename stays on one file system), is forced to disk, then renamed over the
 * target. A killed run therefore never leaves a truncated file that looks finished.
 */
public final class AtomicFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code text} in UTF-8, atomically. */
  public static void writeString(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces {@code target} with {@code bytes}, atomically. */
  public static void write(Path target, byte[] bytes) {
    write(target, bytes, true);
  }

  /**
   * Replaces {@code target} with {@code bytes}, atomically but without forcing them to disk
   * first: for scratch files that a crash makes worthless anyway, where a forced write per file
   * would only cost time. After a power loss the file may be empty, never half of the old one.
   */
  public static void writeScratch(Path target, byte[] bytes) {
    write(target, bytes, false);
  }

  private static void write(Path target, byte[] bytes, boolean force) {
    Path temp = createTempSibling(target);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      if (force) {
        channel.force(true);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new OutputFileException("cannot write " + target + ": " + e.getMessage(), e);
    }
    publish(temp, target);
  }

  /**
   * Moves {@code source}, a finished file on the same file system, over {@code target} in one
   * rename, so readers see the old file or the new one, never a mix.
   */
  public static void replace(Path source, Path target) {
    publish(source, target);
  }

  /**
   * Creates an empty temp file next to {@code target}, creating missing folders first.
   *
   * @throws OutputFileException naming the folder when it cannot be created or written
   */
  static Path createTempSibling(Path target) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new OutputFileException("output " + target + " is a folder; give a file path",
          new IOException("is a directory: " + absolute));
    }
    try {
      Files.createDirectories(folder);
    } catch (FileAlreadyExistsException | NotDirectoryException e) {
      throw new OutputFileException("cannot create output folder " + folder
          + ": a file with that name is in the way", e);
    } catch (AccessDeniedException e) {
      throw new OutputFileException("cannot create output folder " + folder
          + ": permission denied; choose another output folder or fix its permissions", e);
    } catch (IOException e) {
      throw new OutputFileException("cannot create output folder " + folder + ": " + e.getMessage(), e);
    }
    Path temp = folder.resolve("." + absolute.getFileName() + ".tmp-"
        + Long.toUnsignedString(RANDOM.nextLong(), 36));
    try {
      Files.createFile(temp);
      return temp;
    } catch (AccessDeniedException e) {
      throw new OutputFileException("output folder " + folder
          + " is not writable (permission denied); choose another output folder or fix its permissions", e);
    } catch (IOException e) {
      throw new OutputFileException("cannot write in output folder " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Renames the finished temp file over the target (deleting the temp file if that fails). */
  static void publish(Path temp, Path target) {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new OutputFileException("cannot replace " + target + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a temp file on a failure path, where a second error must not hide the first. */
  static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the caller is already reporting the original failure; a leftover .tmp file is harmless
    }
  }
}
