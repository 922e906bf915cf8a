package io.instruct4j.filters.quality;

import java.util.List;
import org.junit.jupiter.api.Test;

class TmpPerfTest {
  @Test
  void perf() {
    QualityChain chain = QualityFilters.fromConfig(new QualityConfig(
        QualityConfig.LengthBounds.tokens(1, 10000), null, new QualityConfig.LengthBounds(1, 100000, 1, 100000, 1, 100000),
        new QualityConfig.Blocklist(List.of("as an ai language model", "人工智能", "image", "graph", "picture", "file", "map", "draw", "plot", "go to"), List.of("(?i)sorry"), null),
        null, null, null, null, new QualityConfig.RepeatedNgrams(null, 1.0, null),
        new QualityConfig.SymbolRatio(null, null), new QualityConfig.Language("auto", null)));
    String zh = "春天来了，花儿开了，小鸟在唱歌。我们一起去公园散步吧，阳光明媚。".repeat(100);
    String en = "The quick brown fox jumps over the lazy dog while the cat watches quietly. ".repeat(40);
    for (int round = 0; round < 3; round++)
    for (QualityFilter f : chain.filters()) {
      long t = System.nanoTime();
      for (int i = 0; i < 300; i++) {
        f.reject(Examples.example("写一篇关于春天的文章" + i, "", zh + i));
        f.reject(Examples.example("Write a story " + i, "", en + i));
      }
      if (round == 2) System.out.println("PERF " + f + " ms=" + (System.nanoTime() - t) / 1_000_000);
    }
  }
}
