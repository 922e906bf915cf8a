package io.instruct4j.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {

  @Test
  void should_make_numbered_daemon_threads_that_run_the_task() throws InterruptedException {
    ThreadFactory factory = DaemonThreads.named("instruct4j-test");
    boolean[] ran = new boolean[1];

    Thread first = factory.newThread(() -> ran[0] = true);
    Thread second = factory.newThread(() -> { });
    first.start();
    first.join();

    assertThat(first.isDaemon()).isTrue();
    assertThat(second.isDaemon()).isTrue();
    assertThat(first.getName()).isEqualTo("instruct4j-test-1");
    assertThat(second.getName()).isEqualTo("instruct4j-test-2");
    assertThat(ran[0]).isTrue();
  }
}
