package io.instruct4j.pipelines.run;

import io.instruct4j.testkit.FakeOpenAiServer;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

/**
 * The generators' own test fixtures, reused as they are: the Self-Instruct finance script and
 * seeds, and the Self-QA Helios documents and script. They are package-private classes of the
 * generators' test packages, so they are reached by name; a renamed fixture fails here loudly.
 */
final class Fixtures {

  private static final String FINANCE = "io.instruct4j.pipelines.selfinstruct.FinanceScript";
  private static final String HELIOS = "io.instruct4j.pipelines.selfqa.HeliosScript";
  private static final String HELIOS_DOCS = "io.instruct4j.pipelines.selfqa.HeliosDocs";

  private Fixtures() {}

  /** FinanceScript.SEEDS: three seed tasks, one per line. */
  @SuppressWarnings("unchecked")
  static List<String> financeSeeds() {
    return (List<String>) field(FINANCE, "SEEDS");
  }

  /** Installs FinanceScript (its first request is answered 429 first). */
  static void installFinance(FakeOpenAiServer server) {
    call(FINANCE, "install", new Class<?>[] {FakeOpenAiServer.class}, server);
  }

  /** Installs HeliosScript with the gas-meter answer failing for good (a dead letter). */
  static void installHelios(FakeOpenAiServer server) {
    call(HELIOS, "install", new Class<?>[] {FakeOpenAiServer.class, boolean.class, boolean.class}, server, false, true);
  }

  /** Writes the Helios documents (four of them unreadable) into {@code dir/docs}. */
  static Path writeHeliosDocs(Path dir) {
    return (Path) call(HELIOS_DOCS, "write", new Class<?>[] {Path.class}, dir);
  }

  private static Object call(String className, String name, Class<?>[] types, Object... args) {
    try {
      Method m = Class.forName(className).getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(className + "." + name + " failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("test fixture " + className + "." + name + " is not where it was", e);
    }
  }

  private static Object field(String className, String name) {
    try {
      Field f = Class.forName(className).getDeclaredField(name);
      f.setAccessible(true);
      return f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("test fixture " + className + "." + name + " is not where it was", e);
    }
  }
}
