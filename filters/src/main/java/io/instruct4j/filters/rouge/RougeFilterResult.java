package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.util.List;

/**
 * What {@link RougeSimilarityFilter} made of a batch; accepted plus rejected is the whole batch.
 *
 * @param accepted the accepted examples in input order, their ROUGE-L scores filled in
 * @param rejected the rejected examples in input order, each naming the pool entry it resembles
 */
public record RougeFilterResult(List<Example> accepted, List<Reject> rejected) {

  public RougeFilterResult {
    accepted = List.copyOf(accepted);
    rejected = List.copyOf(rejected);
  }
}
