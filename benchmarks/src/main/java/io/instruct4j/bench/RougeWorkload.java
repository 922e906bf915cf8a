package io.instruct4j.bench;

import io.instruct4j.bench.corpus.Draft;
import io.instruct4j.bench.corpus.InstructionCorpus;
import io.instruct4j.bench.corpus.Lexicon;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * One ROUGE-L benchmark case: a pool of instructions and the candidates filtered against it,
 * in a fixed order. Generated pools have one near duplicate in ten; of the candidates 45% are
 * near duplicates of a pool entry, 10% of an earlier candidate, and 45% are new texts.
 *
 * @param language the language tag of the texts
 * @param source where the texts came from, for the report
 */
record RougeWorkload(String language, String source, List<Example> pool, List<Example> candidates) {

  RougeWorkload {
    pool = List.copyOf(pool);
    candidates = List.copyOf(candidates);
  }

  static RougeWorkload generated(String language, int poolSize, int candidateCount, long seed) {
    InstructionCorpus corpus = new InstructionCorpus(Lexicon.of(language), seed);
    List<Draft> poolDrafts = new ArrayList<>(poolSize);
    List<Example> pool = new ArrayList<>(poolSize);
    for (int i = 0; i < poolSize; i++) {
      Draft draft = i > 0 && corpus.nextInt(10) == 0
          ? corpus.nearDuplicate(poolDrafts.get(corpus.nextInt(i)))
          : corpus.fresh();
      poolDrafts.add(draft);
      pool.add(example("pool-" + i, corpus.render(draft), Method.SEED, language));
    }
    List<Draft> candidateDrafts = new ArrayList<>(candidateCount);
    List<Example> candidates = new ArrayList<>(candidateCount);
    for (int i = 0; i < candidateCount; i++) {
      int kind = corpus.nextInt(20);
      Draft draft;
      if (kind < 9 && poolSize > 0) {
        draft = corpus.nearDuplicate(poolDrafts.get(corpus.nextInt(poolSize)));
      } else if (kind < 11 && i > 0) {
        draft = corpus.nearDuplicate(candidateDrafts.get(corpus.nextInt(i)));
      } else {
        draft = corpus.fresh();
      }
      candidateDrafts.add(draft);
      candidates.add(example("cand-" + i, corpus.render(draft), Method.SELF_INSTRUCT, language));
    }
    return new RougeWorkload(language, "generated, seed " + seed, pool, candidates);
  }

  /**
   * A case cut from a file's instructions, in file order: the last {@code candidateCount} are
   * the candidates and the {@code poolSize} before them the pool.
   */
  static RougeWorkload fromInstructions(List<Example> examples, String file, int poolSize, int candidateCount) {
    if (poolSize + candidateCount > examples.size()) {
      throw new IllegalArgumentException(file + " has " + examples.size() + " examples, fewer than pool "
          + poolSize + " + candidates " + candidateCount + "; lower --pool-sizes or --candidates");
    }
    int firstCandidate = examples.size() - candidateCount;
    List<Example> pool = new ArrayList<>(poolSize);
    for (int i = firstCandidate - poolSize; i < firstCandidate; i++) {
      pool.add(relabel("pool-" + i, examples.get(i)));
    }
    List<Example> candidates = new ArrayList<>(candidateCount);
    for (int i = firstCandidate; i < examples.size(); i++) {
      candidates.add(relabel("cand-" + i, examples.get(i)));
    }
    String language = examples.isEmpty() ? "?" : examples.get(0).language();
    return new RougeWorkload(language, file, pool, candidates);
  }

  /** Ids by position: files may repeat an instruction, and outcomes are matched by id. */
  private static Example relabel(String id, Example example) {
    return example(id, example.instruction(), example.method(), example.language());
  }

  private static Example example(String id, String text, Method method, String language) {
    return new Example(id, text, "", "", method, language, null, null, null);
  }
}
