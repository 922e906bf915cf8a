package io.instruct4j.filters.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  private static final int SIZE = 3 * OrderedParallel.CHUNK + 17;

  @Test
  void should_hand_every_result_to_the_sink_in_list_order_with_its_index() {
    List<Integer> items = IntStream.range(0, SIZE).boxed().toList();
    List<Integer> results = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();

    OrderedParallel.forEach(items, () -> i -> i * 3, (result, index) -> {
      results.add(result);
      indexes.add(index);
    });

    assertThat(indexes).containsExactlyElementsOf(items);
    assertThat(results).containsExactlyElementsOf(items.stream().map(i -> i * 3).toList());
  }

  @Test
  void should_use_each_mapper_from_one_thread_only() {
    List<Integer> items = IntStream.range(0, SIZE).boxed().toList();
    List<String> violations = new ArrayList<>();

    OrderedParallel.forEach(items, () -> new Function<Integer, Integer>() {
      private Thread owner;

      @Override
      public Integer apply(Integer i) {
        owner = owner == null ? Thread.currentThread() : owner;
        return owner == Thread.currentThread() ? i : -1;
      }
    }, (result, index) -> {
      if (result < 0) {
        violations.add("item " + index);
      }
    });

    assertThat(violations).isEmpty();
  }

  @Test
  void should_rethrow_what_the_mapper_threw() {
    List<Integer> items = IntStream.range(0, SIZE).boxed().toList();

    assertThatThrownBy(() -> OrderedParallel.forEach(items, () -> i -> {
      if (i == 2 * OrderedParallel.CHUNK + 5) {
        throw new IllegalArgumentException("bad item " + i);
      }
      return i;
    }, (result, index) -> { }))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad item " + (2 * OrderedParallel.CHUNK + 5));
  }

  @Test
  void should_map_a_small_list_in_the_calling_thread() {
    Thread caller = Thread.currentThread();
    List<Boolean> sameThread = new ArrayList<>();

    OrderedParallel.forEach(List.of(1, 2, 3), () -> i -> Thread.currentThread() == caller,
        (result, index) -> sameThread.add(result));

    assertThat(sameThread).containsExactly(true, true, true);
  }
}
