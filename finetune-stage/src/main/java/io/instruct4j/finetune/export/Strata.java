package io.instruct4j.finetune.export;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.finetune.export.ExportReport.SplitCounts;
import io.instruct4j.finetune.export.StratifiedSplit.Member;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The split's strata: an example's method, by its wire name. */
final class Strata {

  /** The stratum of records that name no method (our own records may omit it). */
  static final String UNSPECIFIED = "unspecified";

  private Strata() {}

  static String of(Example e) {
    return e.method() == null ? UNSPECIFIED : e.method().wireName();
  }

  /** Train/validation counts per stratum present, in {@link Method} order, unspecified last. */
  static Map<String, SplitCounts> count(List<Member> members, BitSet held) {
    long[][] counts = new long[Method.values().length + 1][2];
    for (int i = 0; i < members.size(); i++) {
      counts[index(members.get(i).stratum())][held.get(i) ? 1 : 0]++;
    }
    Map<String, SplitCounts> out = new LinkedHashMap<>();
    for (int m = 0; m < counts.length; m++) {
      if (counts[m][0] + counts[m][1] > 0) {
        out.put(m < Method.values().length ? Method.values()[m].wireName() : UNSPECIFIED,
            new SplitCounts(counts[m][0], counts[m][1]));
      }
    }
    return out;
  }

  private static int index(String stratum) {
    return stratum.equals(UNSPECIFIED) ? Method.values().length : Method.fromWire(stratum).ordinal();
  }
}
