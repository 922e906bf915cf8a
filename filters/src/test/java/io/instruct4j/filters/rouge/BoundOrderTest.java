package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundOrderTest {

  @Test
  void should_list_the_highest_bound_first_keeping_the_order_of_equal_bounds() {
    BoundOrder unit = new BoundOrder();
    int[][] added = {{10, 3}, {11, 7}, {12, 0}, {13, 7}, {14, 3}};
    for (int[] pair : added) {
      unit.add(pair[0], pair[1]);
    }
    unit.sort();

    int[] ordinals = new int[unit.size()];
    int[] bounds = new int[unit.size()];
    for (int i = 0; i < unit.size(); i++) {
      ordinals[i] = unit.ordinal(i);
      bounds[i] = unit.bound(i);
    }
    assertThat(ordinals).containsExactly(11, 13, 10, 14, 12);
    assertThat(bounds).containsExactly(7, 7, 3, 3, 0);
  }

  @Test
  void should_start_empty_after_clear_and_grow_past_its_first_capacity() {
    BoundOrder unit = new BoundOrder();
    unit.add(1, 1);
    unit.clear();
    for (int i = 0; i < 1000; i++) {
      unit.add(i, i % 5);
    }
    unit.sort();

    assertThat(unit.size()).isEqualTo(1000);
    assertThat(unit.ordinal(0)).isEqualTo(4);
    assertThat(unit.bound(999)).isZero();
    assertThat(unit.ordinal(999)).isEqualTo(995);
  }
}
