package io.instruct4j.selfkg.pipeline;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.selfkg.kg.Triple;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An entity with its facts.
 *
 * @param entity the head the facts are about
 * @param facts its own facts, sorted by relation then tail
 * @param secondHop facts about the entities its facts point to (when {@code hops: 2}), sorted by
 *     head, relation, tail, without any of its own facts
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FactGroup(String entity, List<Triple> facts, List<Triple> secondHop) implements Serializable {

  public FactGroup {
    facts = List.copyOf(facts);
    secondHop = secondHop == null ? List.of() : List.copyOf(secondHop);
  }

  /** Own facts first, then second-hop facts, cut to {@code max}: the deterministic choice for a prompt. */
  public List<Triple> firstFacts(int max) {
    List<Triple> all = new ArrayList<>(facts);
    all.addAll(secondHop);
    return all.size() <= max ? all : List.copyOf(all.subList(0, max));
  }

  /** How many facts {@link #firstFacts(int)} leaves out. */
  public int leftOut(int max) {
    return Math.max(0, facts.size() + secondHop.size() - max);
  }
}
