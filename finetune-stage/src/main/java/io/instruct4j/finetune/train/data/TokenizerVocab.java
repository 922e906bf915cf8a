package io.instruct4j.finetune.train.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.instruct4j.finetune.train.TrainInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The number of ids a tokenizer.json can produce (largest id in the model vocabulary or the added
 * tokens, plus one); DJL's tokenizer does not expose it. The model's embedding table must have at
 * least this many rows, or training would index past it.
 */
public final class TokenizerVocab {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TokenizerVocab() {}

  /** The vocabulary size of {@code tokenizerJson}. */
  public static long size(Path tokenizerJson) {
    JsonNode root;
    try {
      root = JSON.readTree(tokenizerJson.toFile());
    } catch (IOException e) {
      throw TrainInputException.inFile(tokenizerJson, "is not valid JSON: " + e.getMessage());
    }
    JsonNode vocab = root.path("model").path("vocab");
    long max = -1;
    if (vocab.isObject()) {
      for (JsonNode id : vocab) {
        max = Math.max(max, id.asLong());
      }
    } else if (vocab.isArray()) {
      max = vocab.size() - 1; // Unigram: a list of [piece, score], ids are positions
    } else {
      throw TrainInputException.inFile(tokenizerJson, "has no model.vocab (object or list)");
    }
    for (JsonNode added : root.path("added_tokens")) {
      max = Math.max(max, added.path("id").asLong(-1));
    }
    return max + 1;
  }
}
