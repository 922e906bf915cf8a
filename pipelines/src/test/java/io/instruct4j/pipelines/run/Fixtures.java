package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.selfinstruct.FinanceScript;
import io.instruct4j.pipelines.selfqa.HeliosDocs;
import io.instruct4j.pipelines.selfqa.HeliosScript;
import io.instruct4j.testkit.FakeOpenAiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The generators' own test fixtures, reused as they are: the Self-Instruct finance script and
 * seeds, and the Self-QA Helios documents and script.
 */
final class Fixtures {

  private Fixtures() {}

  /** FinanceScript.SEEDS: three seed tasks, one per line. */
  static List<String> financeSeeds() {
    return FinanceScript.SEEDS;
  }

  /** Installs FinanceScript (its first request is answered 429 first). */
  static void installFinance(FakeOpenAiServer server) {
    FinanceScript.install(server);
  }

  /** Installs HeliosScript with the gas-meter answer failing for good (a dead letter). */
  static void installHelios(FakeOpenAiServer server) {
    HeliosScript.install(server, false, true);
  }

  /** Writes the Helios documents (four of them unreadable) into {@code dir/docs}. */
  static Path writeHeliosDocs(Path dir) {
    try {
      return HeliosDocs.write(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
