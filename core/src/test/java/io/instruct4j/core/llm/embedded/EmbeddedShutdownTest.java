package io.instruct4j.core.llm.embedded;

import static io.instruct4j.core.llm.embedded.TinyModels.config;
import static io.instruct4j.core.llm.embedded.TinyModels.greedy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.llm.LlmGateway;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing frees the model, and the binding's native thread never keeps a JVM alive. */
class EmbeddedShutdownTest {

  private static final int EXIT_WITHIN_SECONDS = 60;

  @TempDir
  static Path dir;

  private static Path model;
  private static Child returns;
  private static Child throwsInMain;
  private static Child noNativeLibrary;

  /** The forked JVMs start at once: each takes seconds to boot and load. */
  @BeforeAll
  static void start() throws IOException {
    model = TinyModels.write(dir, 7);
    returns = Child.start(model, "return");
    throwsInMain = Child.start(model, "throw");
    // A regular file where the binding wants a folder for its native library: it cannot load it.
    Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
    noNativeLibrary = Child.start(model, "report", "-Dde.kherud.llama.tmpdir=" + notAFolder);
  }

  @Test
  void should_free_the_model_on_closeShared_and_refuse_calls_after() {
    LlmGateway unit = LlmGateway.shared(config(model));
    unit.chat(greedy("hello", 3));
    LoadedModel loaded;
    try (EmbeddedBackend joined = EmbeddedBackend.open(config(model))) {
      loaded = joined.model();
    }

    LlmGateway.closeShared();

    assertThat(loaded.isClosed()).isTrue();
    assertThatThrownBy(() -> unit.chat(greedy("hello", 3))).hasMessage("this LlmGateway is closed");
    try (EmbeddedBackend reopened = EmbeddedBackend.open(config(model))) {
      assertThat(reopened.model()).isNotSameAs(loaded);
    }
  }

  @Test
  void should_let_the_jvm_exit_when_main_returns_without_closing_anything() throws Exception {
    Finished run = returns.awaitExit();

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).anyMatch(line -> line.matches("reply: \\[.+]"));
  }

  @Test
  void should_exit_with_status_1_when_main_dies_of_an_exception() throws Exception {
    Finished run = throwsInMain.awaitExit();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).anyMatch(line -> line.matches("reply: \\[.+]"));
    assertThat(run.stderr()).contains("java.lang.IllegalStateException: main fails after the reply");
  }

  @Test
  void should_say_how_to_fix_a_native_library_that_cannot_be_loaded() throws Exception {
    Finished run = noNativeLibrary.awaitExit();

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).anyMatch(line -> line.startsWith("error: cannot load llama.cpp's native library for ")
        && line.endsWith("the jar copies it into java.io.tmpdir first: if that folder is not writable or is "
            + "mounted noexec, point -Dde.kherud.llama.tmpdir at one that is"));
  }

  private record Finished(int exitCode, List<String> stdout, String stderr) {}

  /** {@link EmbeddedExitMain} in a fresh JVM on this test's class path. */
  private record Child(String mode, Process process, Path out, Path err) {

    static Child start(Path model, String mode, String... jvmOptions) throws IOException {
      Path out = dir.resolve(mode + ".out");
      Path err = dir.resolve(mode + ".err");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // C1 only and the serial GC: a short program boots on a third less CPU.
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
      command.addAll(List.of(jvmOptions));
      command.addAll(List.of(EmbeddedExitMain.class.getName(), model.toString(), mode));
      Process process = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      return new Child(mode, process, out, err);
    }

    Finished awaitExit() throws IOException, InterruptedException {
      if (!process.waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the JVM did not exit within " + EXIT_WITHIN_SECONDS + " s of starting ("
            + mode + " from main); stderr: " + Files.readString(err));
      }
      return new Finished(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    }
  }
}
