/**
 * Quality heuristics for curation: small single-purpose {@link io.instruct4j.filters.quality.QualityFilter}s
 * (length bounds, blocklists, echoes, empty and truncated outputs, repeated n-grams, symbol ratio,
 * language/script mismatch), composed in order by a {@link io.instruct4j.filters.quality.QualityChain}
 * and built from the {@code curate.quality} config section by
 * {@link io.instruct4j.filters.quality.QualityFilters#fromConfig(QualityConfig)}.
 */
package io.instruct4j.filters.quality;
