package io.instruct4j.selfqa.filter;

import java.util.Optional;

/**
 * The outcome of the answer checks: the support score (kept with the example) and the first
 * failed check, if any. The score is NaN when a check before the support check already failed.
 */
public record AnswerCheck(double support, Optional<FilterRejection> rejection) {}
