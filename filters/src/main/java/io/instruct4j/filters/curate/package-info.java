/**
 * The curation chain without Beam: its config section ({@link io.instruct4j.filters.curate.CurateConfig}),
 * the fixed step order ({@link io.instruct4j.filters.curate.CurateStep}: quality, exact, near,
 * semantic), the per-example quality step ({@link io.instruct4j.filters.curate.QualityGate}) and the
 * whole-corpus dedup steps ({@link io.instruct4j.filters.curate.DedupChain}), all working on
 * {@link io.instruct4j.filters.curate.Candidate}s that carry their input position and
 * {@code file:line}, so every reject and cluster can be traced and ordered.
 */
package io.instruct4j.filters.curate;
