package io.instruct4j.core.llm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The persistent response cache: one SQLite file, one row per paid reply, keyed by
 * {@link CacheKey}. Only successful replies are stored (truncated ones too: they were paid for
 * and are valid, flagged LENGTH). A rerun finds every finished call here and pays nothing.
 *
 * <p>WAL journal with {@code synchronous=FULL}: each stored reply is its own committed, fsynced
 * transaction before the caller sees it, so neither a killed process nor a power cut loses a
 * reply that was returned. NORMAL would survive a killed process but may drop the last commits
 * on power loss; an fsync per call costs milliseconds against seconds of model time. One
 * connection, guarded by this object's lock, serves all threads.
 */
final class ResponseCache implements AutoCloseable {

  private static final int SCHEMA_VERSION = 1;

  private final Path file;
  private final Connection connection;

  private ResponseCache(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens or creates the cache; a file that is not a readable cache fails naming it. */
  static ResponseCache open(Path file) {
    Connection connection = null;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      connection = DriverManager.getConnection("jdbc:sqlite:" + file);
      initialise(connection);
      return new ResponseCache(file, connection);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(connection);
      throw new LlmException(LlmException.Kind.OTHER, "cannot open the LLM response cache '" + file
          + "' (llm.cache_file): " + Causes.describe(e) + "; if the file is damaged or not a "
          + "cache, move it aside (it may hold paid replies) or point llm.cache_file elsewhere", e);
    }
  }

  private static void initialise(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000"); // another JVM may share the file
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = FULL");
      int version;
      try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        version = rs.next() ? rs.getInt(1) : 0;
      }
      if (version > SCHEMA_VERSION) {
        throw new SQLException("schema version " + version + " was written by a newer instruct4j");
      }
      s.execute("CREATE TABLE IF NOT EXISTS responses ("
          + "prompt_hash TEXT PRIMARY KEY, text TEXT NOT NULL, finish_reason TEXT NOT NULL, "
          + "prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL, model TEXT, "
          + "created_at_millis INTEGER NOT NULL)");
      s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
      // Fails on a foreign table of the same name, before any call relies on it.
      s.executeQuery("SELECT prompt_hash, text, finish_reason, prompt_tokens, completion_tokens, "
          + "model, created_at_millis FROM responses LIMIT 0").close();
    }
  }

  /** The stored reply, marked cached, or empty. */
  synchronized Optional<ChatResult> get(String promptHash) {
    String sql = "SELECT text, finish_reason, prompt_tokens, completion_tokens, model "
        + "FROM responses WHERE prompt_hash = ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, promptHash);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new ChatResult(rs.getString(1), FinishReason.valueOf(rs.getString(2)),
            rs.getInt(3), rs.getInt(4), rs.getString(5), true, 0, promptHash));
      }
    } catch (SQLException | IllegalArgumentException e) {
      throw failure("read from", e);
    }
  }

  /** Stores a fresh reply; the first stored reply for a key wins. */
  synchronized void put(ChatResult result) {
    String sql = "INSERT INTO responses (prompt_hash, text, finish_reason, prompt_tokens, "
        + "completion_tokens, model, created_at_millis) VALUES (?, ?, ?, ?, ?, ?, ?) "
        + "ON CONFLICT(prompt_hash) DO NOTHING";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, result.promptHash());
      ps.setString(2, result.text());
      ps.setString(3, result.finishReason().name());
      ps.setInt(4, result.promptTokens());
      ps.setInt(5, result.completionTokens());
      ps.setString(6, result.model());
      ps.setLong(7, System.currentTimeMillis());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("write to", e);
    }
  }

  Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    closeQuietly(connection);
  }

  private LlmException failure(String action, Exception e) {
    return new LlmException(LlmException.Kind.OTHER, "cannot " + action + " the LLM response cache '"
        + file + "' (llm.cache_file): " + Causes.describe(e), e);
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      // Every committed reply is already durable (synchronous=FULL); nothing is lost here.
    }
  }
}
