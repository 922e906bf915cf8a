package io.instruct4j.selfqa.chunk;

/**
 * The smallest piece the packer moves: a sentence, a heading, or part of an over-long sentence.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param paragraph which paragraph (or heading) of the section it belongs to
 * @param heading whether it is the section's heading line
 * @param size its size in the chunk unit (tokens mode; in chars mode offsets measure)
 */
record Unit(int start, int end, int paragraph, boolean heading, int size) {}
