package io.instruct4j.selfinstruct.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceCleanerTest {

  private final InstanceCleaner unit = new InstanceCleaner(5);

  @Test
  void should_keep_valid_instances_in_order() {
    List<Instance> parsed = List.of(new Instance("2 + 2", "4"), new Instance("", "A haiku about rain."));

    CleanedInstances result = unit.clean(parsed);

    assertThat(result.kept()).containsExactlyElementsOf(parsed);
    assertThat(result.dropped()).isEmpty();
  }

  @Test
  void should_drop_invalid_instances_with_the_rule_that_caught_them() {
    List<Instance> parsed = List.of(
        new Instance("hello", ""),
        new Instance("hello", "hello"),
        new Instance("Translate:", "Bonjour"),
        new Instance("把下面的句子翻译成英文：", "Hello"),
        new Instance("cat", "The answer is:"),
        new Instance("猫", "答案是："),
        new Instance("dog", "chien"));

    CleanedInstances result = unit.clean(parsed);

    assertThat(result.kept()).containsExactly(new Instance("dog", "chien"));
    assertThat(result.dropped()).containsExactly(
        new DroppedInstance(parsed.get(0), 1, "empty output"),
        new DroppedInstance(parsed.get(1), 2, "output equals input"),
        new DroppedInstance(parsed.get(2), 3, "input ends with ':' (looks cut off)"),
        new DroppedInstance(parsed.get(3), 4, "input ends with '：' (looks cut off)"),
        new DroppedInstance(parsed.get(4), 5, "output ends with ':' (looks cut off)"),
        new DroppedInstance(parsed.get(5), 6, "output ends with '：' (looks cut off)"));
  }

  @Test
  void should_drop_the_whole_task_when_one_input_has_two_outputs() {
    List<Instance> parsed = List.of(
        new Instance("Is 7 prime?", "Yes"),
        new Instance("Is 8 prime?", "No"),
        new Instance("Is 7 prime?", "No"),
        new Instance("", "empty outputs are dropped first"),
        new Instance("x", ""));
    String reason = "conflict: instances 1 and 3 share an input but differ in output; all the task's instances are dropped";

    CleanedInstances result = unit.clean(parsed);

    assertThat(result.kept()).isEmpty();
    assertThat(result.dropped()).containsExactly(
        new DroppedInstance(parsed.get(0), 1, reason),
        new DroppedInstance(parsed.get(1), 2, reason),
        new DroppedInstance(parsed.get(2), 3, reason),
        new DroppedInstance(parsed.get(3), 4, reason),
        new DroppedInstance(parsed.get(4), 5, "empty output"));
  }

  @Test
  void should_not_count_different_outputs_for_empty_inputs_as_a_conflict() {
    List<Instance> parsed = List.of(new Instance("", "Poem one."), new Instance("", "Poem two."));

    assertThat(unit.clean(parsed).kept()).containsExactlyElementsOf(parsed);
  }

  @Test
  void should_remove_exact_duplicates_keeping_the_first() {
    List<Instance> parsed = List.of(
        new Instance("red", "warm"), new Instance("blue", "cool"), new Instance("red ", " warm"));

    CleanedInstances result = unit.clean(parsed);

    assertThat(result.kept()).containsExactly(new Instance("red", "warm"), new Instance("blue", "cool"));
    assertThat(result.dropped()).containsExactly(new DroppedInstance(parsed.get(2), 3, "duplicate of instance 1"));
  }

  @Test
  void should_keep_at_most_max_instances_and_account_for_every_one() {
    InstanceCleaner two = new InstanceCleaner(2);
    List<Instance> parsed = List.of(
        new Instance("a", "1"), new Instance("b", "2"), new Instance("b", "2"), new Instance("c", "3"),
        new Instance("d", ""));

    CleanedInstances result = two.clean(parsed);

    assertThat(result.kept()).containsExactly(new Instance("a", "1"), new Instance("b", "2"));
    assertThat(result.dropped()).containsExactly(
        new DroppedInstance(parsed.get(2), 3, "duplicate of instance 2"),
        new DroppedInstance(parsed.get(3), 4, "over max_instances: only the first 2 are kept"),
        new DroppedInstance(parsed.get(4), 5, "empty output"));
    assertThat(result.kept().size() + result.dropped().size()).isEqualTo(parsed.size());
  }

  @Test
  void should_refuse_a_max_below_one() {
    assertThatThrownBy(() -> new InstanceCleaner(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("max_instances must be at least 1, got 0");
  }
}
