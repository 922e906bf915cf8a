package io.instruct4j.core.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One Alpaca-style row; extra fields (e.g. {@code text}) are ignored as the format allows them. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlpacaRow(String instruction, String input, String output) {}
