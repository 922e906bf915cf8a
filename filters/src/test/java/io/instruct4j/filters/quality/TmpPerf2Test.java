package io.instruct4j.filters.quality;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TmpPerf2Test {
  @Test
  void perf() {
    String zh = "春天来了，花儿开了，小鸟在唱歌。我们一起去公园散步吧，阳光明媚。".repeat(100);
    String en = "The quick brown fox jumps over the lazy dog while the cat watches quietly. ".repeat(40);
    long sink = 0;
    for (int round = 0; round < 5; round++) {
      long t = System.nanoTime();
      for (int i = 0; i < 600; i++) sink += MarkdownCode.strip(i % 2 == 0 ? zh : en).text().length();
      long strip = System.nanoTime() - t; t = System.nanoTime();
      for (int i = 0; i < 600; i++) sink += Texts.tokens(i % 2 == 0 ? zh : en).size();
      long tok = System.nanoTime() - t; t = System.nanoTime();
      for (int i = 0; i < 600; i++) sink += ScriptProfile.of(i % 2 == 0 ? zh : en).total();
      long prof = System.nanoTime() - t; t = System.nanoTime();
      for (int i = 0; i < 600; i++) sink += Normalizer.normalize(i % 2 == 0 ? zh : en, Normalizer.Form.NFKC).length();
      long nfkc = System.nanoTime() - t; t = System.nanoTime();
      for (int i = 0; i < 600; i++) sink += io.instruct4j.core.record.Example.contentId("a", "", i % 2 == 0 ? zh : en).length();
      long sha = System.nanoTime() - t;
      System.out.printf("PERF strip=%d tokens=%d profile=%d nfkc=%d sha=%d%n", strip / 1_000_000, tok / 1_000_000, prof / 1_000_000, nfkc / 1_000_000, sha / 1_000_000);
    }
    System.out.println(sink);
  }
}
