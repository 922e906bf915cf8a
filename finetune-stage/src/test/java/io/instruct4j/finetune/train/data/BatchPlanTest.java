package io.instruct4j.finetune.train.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPlanTest {

  @Test
  void should_cover_every_example_once_per_epoch_in_a_seeded_order() {
    BatchPlan unit = new BatchPlan(10, 3, 2, 3, 0, 5);

    assertThat(unit.batchesPerEpoch()).isEqualTo(4);
    assertThat(unit.totalSteps()).isEqualTo(6); // 3 epochs x 4 micro-batches / 2 per step
    List<Integer> firstEpoch = new ArrayList<>();
    unit.step(0).forEach(firstEpoch::addAll);
    unit.step(1).forEach(firstEpoch::addAll);
    assertThat(firstEpoch).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(unit.step(1).get(1)).hasSize(1);
    List<Integer> secondEpoch = new ArrayList<>();
    unit.step(2).forEach(secondEpoch::addAll);
    unit.step(3).forEach(secondEpoch::addAll);
    assertThat(secondEpoch).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).isNotEqualTo(firstEpoch);
    assertThat(new BatchPlan(10, 3, 2, 3, 0, 5).step(4)).isEqualTo(unit.step(4));
    assertThat(new BatchPlan(10, 3, 2, 3, 0, 6).step(0)).isNotEqualTo(unit.step(0));
  }

  @Test
  void should_run_max_steps_across_epochs_when_given() {
    BatchPlan unit = new BatchPlan(4, 4, 1, 1, 7, 1);

    assertThat(unit.totalSteps()).isEqualTo(7);
    assertThat(unit.step(6).get(0)).containsExactlyInAnyOrder(0, 1, 2, 3);
  }
}
