package io.instruct4j.bench.corpus;

import java.util.List;

/**
 * A generated instruction before rendering: its units (words, whole slot values, or Chinese
 * words) and, for each unit, the template slot it fills ({@code ""} for fixed words).
 */
public record Draft(List<String> units, List<String> slots) {

  public Draft {
    units = List.copyOf(units);
    slots = List.copyOf(slots);
    if (units.size() != slots.size()) {
      throw new IllegalArgumentException(
          "draft has " + units.size() + " units but " + slots.size() + " slot marks");
    }
  }
}
