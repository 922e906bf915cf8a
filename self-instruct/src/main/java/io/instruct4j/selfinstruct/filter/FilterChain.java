package io.instruct4j.selfinstruct.filter;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Filters applied in order; the first that rejects decides, so each reject has one reason. */
public final class FilterChain implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<InstructionFilter> filters;

  public FilterChain(List<InstructionFilter> filters) {
    Objects.requireNonNull(filters, "filters");
    Set<String> names = new HashSet<>();
    for (InstructionFilter f : filters) {
      Objects.requireNonNull(f, "a filter in the chain is null");
      if (!names.add(f.name())) {
        // Reject counts are keyed by name; two filters with one name would merge their counts.
        throw new IllegalArgumentException("filter name '" + f.name() + "' appears twice in the chain");
      }
    }
    this.filters = List.copyOf(filters);
  }

  /** Empty when every filter keeps the instruction, else the first rejection. */
  public Optional<FilterRejection> check(String instruction) {
    Objects.requireNonNull(instruction, "instruction");
    for (InstructionFilter f : filters) {
      Optional<String> reason = f.reject(instruction);
      if (reason.isPresent()) {
        return Optional.of(new FilterRejection(f.name(), reason.get()));
      }
    }
    return Optional.empty();
  }

  public List<InstructionFilter> filters() {
    return filters;
  }

  /** The filter names in order, for the summary's zero counts. */
  public List<String> names() {
    return filters.stream().map(InstructionFilter::name).toList();
  }
}
