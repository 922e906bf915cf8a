package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Quality filters applied in order; the first one that fails decides the reject, so every
 * rejected example is counted under exactly one filter name and the summary adds up.
 */
public final class QualityChain implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The pipeline stage written to {@link Reject#stage()}. */
  public static final String STAGE = "curate";

  private final List<QualityFilter> filters;

  public QualityChain(List<QualityFilter> filters) {
    Objects.requireNonNull(filters, "filters");
    for (int i = 0; i < filters.size(); i++) {
      if (filters.get(i) == null) {
        throw new IllegalArgumentException("quality filter #" + i + " is null");
      }
    }
    this.filters = List.copyOf(filters);
  }

  public static QualityChain of(QualityFilter... filters) {
    return new QualityChain(List.of(filters));
  }

  /** The filters in the order they run. */
  public List<QualityFilter> filters() {
    return filters;
  }

  /** The filters' names in the order they run (a name repeats when a section builds two filters). */
  public List<String> names() {
    return filters.stream().map(QualityFilter::name).toList();
  }

  /** The first failing filter and its reason; empty when the example passes every filter. */
  public Optional<QualityFailure> firstFailure(Example example) {
    Objects.requireNonNull(example, "example");
    for (QualityFilter filter : filters) {
      Optional<String> reason = filter.reject(example);
      if (reason.isPresent()) {
        return Optional.of(new QualityFailure(filter.name(), reason.get()));
      }
    }
    return Optional.empty();
  }

  /** The example as a {@value #STAGE}-stage reject when a filter fails it; empty when it passes. */
  public Optional<Reject> reject(Example example) {
    return firstFailure(example).map(failure -> failure.toReject(example));
  }

  @Override
  public String toString() {
    return "QualityChain" + names();
  }
}
