package io.instruct4j.selfkg.pipeline;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.selfkg.kg.Triple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Groups facts by entity (GroupByKey on the head). With two hops, each entity also gets the facts
 * of the entities its own facts point to: a CoGroupByKey on the tail joins every entity's facts
 * with the entities that point to it, and a second CoGroupByKey on the head puts them together.
 */
public final class GroupFacts extends PTransform<PCollection<Triple>, PCollection<FactGroup>> {

  /** Second-hop facts in a deterministic order: by head, then relation, then tail. */
  static final Comparator<Triple> SECOND_HOP_ORDER = Comparator.comparing(Triple::head).thenComparing(Triple.ORDER);

  private final int hops;

  public GroupFacts(int hops) {
    if (hops != 1 && hops != 2) {
      throw new IllegalArgumentException("hops must be 1 or 2, got " + hops);
    }
    this.hops = hops;
  }

  @Override
  public PCollection<FactGroup> expand(PCollection<Triple> facts) {
    JsonCoder<Triple> tripleCoder = JsonCoder.of(Triple.class);
    KvCoder<String, List<Triple>> listCoder = KvCoder.of(StringUtf8Coder.of(), ListCoder.of(tripleCoder));
    PCollection<KV<String, List<Triple>>> own = facts
        .apply("ByHead", ParDo.of(new ByHead())).setCoder(KvCoder.of(StringUtf8Coder.of(), tripleCoder))
        .apply("GroupByHead", GroupByKey.create())
        .apply("Sort", ParDo.of(new SortFacts())).setCoder(listCoder);
    if (hops == 1) {
      return own.apply("OneHop", ParDo.of(new OneHop())).setCoder(JsonCoder.of(FactGroup.class));
    }
    TupleTag<List<Triple>> factsOf = new TupleTag<>() {};
    TupleTag<String> wantedBy = new TupleTag<>() {};
    PCollection<KV<String, String>> requests = facts.apply("WhoPointsTo", ParDo.of(new PointedTo()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollection<KV<String, List<Triple>>> secondHop = KeyedPCollectionTuple.of(factsOf, own).and(wantedBy, requests)
        .apply("JoinOnTail", CoGroupByKey.create())
        .apply("SendToPointers", ParDo.of(new SendBack(factsOf, wantedBy))).setCoder(listCoder);
    TupleTag<List<Triple>> hop2 = new TupleTag<>() {};
    return KeyedPCollectionTuple.of(factsOf, own).and(hop2, secondHop)
        .apply("JoinOnHead", CoGroupByKey.create())
        .apply("TwoHops", ParDo.of(new TwoHops(factsOf, hop2))).setCoder(JsonCoder.of(FactGroup.class));
  }

  static final class ByHead extends DoFn<Triple, KV<String, Triple>> {
    @ProcessElement
    public void process(@Element Triple t, OutputReceiver<KV<String, Triple>> out) {
      out.output(KV.of(t.head(), t));
    }
  }

  static final class SortFacts extends DoFn<KV<String, Iterable<Triple>>, KV<String, List<Triple>>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<Triple>> group, OutputReceiver<KV<String, List<Triple>>> out) {
      List<Triple> facts = new ArrayList<>();
      group.getValue().forEach(facts::add);
      facts.sort(Triple.ORDER);
      SelfKgCounters.inc(SelfKgCounters.ENTITIES, 1);
      out.output(KV.of(group.getKey(), facts));
    }
  }

  static final class OneHop extends DoFn<KV<String, List<Triple>>, FactGroup> {
    @ProcessElement
    public void process(@Element KV<String, List<Triple>> own, OutputReceiver<FactGroup> out) {
      out.output(new FactGroup(own.getKey(), own.getValue(), List.of()));
    }
  }

  /** (tail, head) for each fact that points at another entity. */
  static final class PointedTo extends DoFn<Triple, KV<String, String>> {
    @ProcessElement
    public void process(@Element Triple t, OutputReceiver<KV<String, String>> out) {
      if (!t.tail().equals(t.head())) {
        out.output(KV.of(t.tail(), t.head()));
      }
    }
  }

  /** Sends an entity's facts to each distinct entity that points to it. */
  static final class SendBack extends DoFn<KV<String, CoGbkResult>, KV<String, List<Triple>>> {
    private final TupleTag<List<Triple>> factsOf;
    private final TupleTag<String> wantedBy;

    SendBack(TupleTag<List<Triple>> factsOf, TupleTag<String> wantedBy) {
      this.factsOf = factsOf;
      this.wantedBy = wantedBy;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, List<Triple>>> out) {
      List<Triple> facts = joined.getValue().getOnly(factsOf, null);
      if (facts == null) {
        return; // the tail has no facts of its own
      }
      Set<String> pointers = new TreeSet<>();
      joined.getValue().getAll(wantedBy).forEach(pointers::add);
      pointers.forEach(p -> out.output(KV.of(p, facts)));
    }
  }

  /** The entity's own facts plus its neighbours' facts, without repeats. */
  static final class TwoHops extends DoFn<KV<String, CoGbkResult>, FactGroup> {
    private final TupleTag<List<Triple>> factsOf;
    private final TupleTag<List<Triple>> hop2;

    TwoHops(TupleTag<List<Triple>> factsOf, TupleTag<List<Triple>> hop2) {
      this.factsOf = factsOf;
      this.hop2 = hop2;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<FactGroup> out) {
      List<Triple> own = joined.getValue().getOnly(factsOf, null);
      if (own == null) {
        return; // cannot happen: second-hop lists are only sent to entities with facts
      }
      Set<String> seen = new HashSet<>();
      own.forEach(t -> seen.add(t.id()));
      Map<String, Triple> second = new LinkedHashMap<>();
      for (List<Triple> list : joined.getValue().getAll(hop2)) {
        for (Triple t : list) {
          if (!seen.contains(t.id())) {
            second.putIfAbsent(t.id(), t);
          }
        }
      }
      List<Triple> sorted = new ArrayList<>(second.values());
      sorted.sort(SECOND_HOP_ORDER);
      SelfKgCounters.inc(SelfKgCounters.SECOND_HOP_FACTS, sorted.size());
      out.output(new FactGroup(joined.getKey(), own, sorted));
    }
  }
}
