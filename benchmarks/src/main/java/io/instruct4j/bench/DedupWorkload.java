package io.instruct4j.bench;

import io.instruct4j.bench.corpus.Draft;
import io.instruct4j.bench.corpus.InstructionCorpus;
import io.instruct4j.bench.corpus.Lexicon;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Short generated instructions for dedup throughput: one in twenty is an earlier text again up
 * to case, spacing and punctuation (an exact duplicate after normalization), one in twenty an
 * earlier text with one word added (a near duplicate), the rest new texts (templates make some
 * of those duplicates too). With outputs, each new text gets a generated answer that its
 * duplicates repeat, so duplicates stay duplicates when outputs are compared too.
 *
 * @param plantedExact how many exact duplicates were planted
 * @param plantedNear how many one-word-added near duplicates were planted
 */
record DedupWorkload(List<Example> examples, int plantedExact, int plantedNear) {

  static DedupWorkload generated(String language, int size, long seed) {
    return generated(language, size, seed, false);
  }

  static DedupWorkload generated(String language, int size, long seed, boolean withOutputs) {
    InstructionCorpus corpus = new InstructionCorpus(Lexicon.of(language), seed);
    List<Draft> drafts = new ArrayList<>(size);
    List<String> outputs = new ArrayList<>(size);
    List<Example> examples = new ArrayList<>(size);
    int exact = 0;
    int near = 0;
    for (int i = 0; i < size; i++) {
      int kind = i < 100 ? 2 : corpus.nextInt(20);
      Draft draft;
      String text;
      String output;
      if (kind < 2) {
        int original = corpus.nextInt(i);
        draft = kind == 0 ? drafts.get(original) : corpus.withOneMore(drafts.get(original));
        text = kind == 0 ? corpus.renderVariant(draft) : corpus.render(draft);
        output = outputs.get(original);
        exact += kind == 0 ? 1 : 0;
        near += kind == 1 ? 1 : 0;
      } else {
        draft = corpus.fresh();
        text = corpus.render(draft);
        output = withOutputs ? corpus.render(corpus.fresh()) + " " + corpus.render(corpus.fresh()) : "";
      }
      drafts.add(draft);
      outputs.add(output);
      examples.add(new Example("ex-" + i, text, "", output, Method.SELF_INSTRUCT, language, null, null, null));
    }
    return new DedupWorkload(List.copyOf(examples), exact, near);
  }
}
