package io.instruct4j.filters.dedup;

import static io.instruct4j.filters.dedup.ExactDedupTest.example;
import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.record.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Throughput of exact + MinHash dedup on 100K short generated instructions, run by hand:
 * {@code mvn -o -q -pl filters -am test -Dtest=DedupThroughputBench -Ddedup.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Prints examples per second; asserts only that every
 * input is accounted for, since timings depend on the machine.
 */
@EnabledIfSystemProperty(named = "dedup.bench", matches = "true")
class DedupThroughputBench {

  private static final String[] PREFIXES = {"Write a", "Explain how to", "Give me a list of",
      "Describe the", "Summarize the", "Translate the following", "What is the", "How do I",
      "Generate a", "Classify the"};

  @Test
  void should_report_examples_per_second_for_exact_and_minhash_dedup() {
    List<Example> examples = generate(100_000, new Random(42));
    for (int round = 1; round <= 5; round++) {
      long start = System.nanoTime();
      DedupResult exact = new ExactDedup().run(examples);
      DedupResult near = new MinHashDedup().run(exact.kept());
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: %.0f examples/s (%d exact, %d near duplicates)%n",
          round, examples.size() / seconds, exact.rejects().size(), near.rejects().size());
      assertThat(exact.inputCount()).isEqualTo(examples.size());
      assertThat(near.inputCount()).isEqualTo(exact.kept().size());
    }
  }

  /**
   * 5-19 random words after a common prefix (one in five Chinese, 10-29 random Han characters);
   * about 5% are upper-cased copies with "!" (exact duplicates) and 5% copies with a word
   * appended (near duplicates, Jaccard (n-2)/(n-1)).
   */
  static List<Example> generate(int size, Random random) {
    String[] vocabulary = new String[5000];
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder word = new StringBuilder();
      for (int c = 3 + random.nextInt(7); c > 0; c--) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary[i] = word.toString();
    }
    List<Example> examples = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String text;
      if (i > 100 && random.nextInt(20) == 0) {
        text = examples.get(random.nextInt(i)).instruction().toUpperCase(Locale.ROOT) + "!";
      } else if (i > 100 && random.nextInt(20) == 0) {
        String earlier = examples.get(random.nextInt(i)).instruction();
        text = earlier.endsWith("。") ? earlier + "谢谢" : earlier + " please";
      } else if (random.nextInt(5) == 0) {
        StringBuilder chinese = new StringBuilder("请");
        for (int c = 10 + random.nextInt(20); c > 0; c--) {
          chinese.append((char) (0x4E00 + random.nextInt(3000)));
        }
        text = chinese.append('。').toString();
      } else {
        StringBuilder english = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
        for (int w = 5 + random.nextInt(15); w > 0; w--) {
          english.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        text = english.append('.').toString();
      }
      examples.add(example(text, "", ""));
    }
    return examples;
  }
}
