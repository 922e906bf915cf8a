package io.instruct4j.filters.curate;

import io.instruct4j.filters.quality.QualityChain;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The quality step of the chain for one candidate: the first failing {@link QualityChain} filter
 * decides the reject, which carries the candidate's {@code file:line}. Serializable and stateless,
 * so it runs per element in parallel.
 */
public final class QualityGate implements Serializable {

  private static final long serialVersionUID = 1L;

  private final QualityChain chain;

  public QualityGate(QualityChain chain) {
    this.chain = Objects.requireNonNull(chain, "chain");
  }

  public QualityChain chain() {
    return chain;
  }

  /** The candidate's reject when a quality filter fails it; empty when it passes them all. */
  public Optional<StepReject> check(Candidate candidate) {
    return chain.reject(candidate.example()).map(reject ->
        new StepReject(CurateStep.QUALITY, candidate.position(), reject.withSource(candidate.source())));
  }
}
