package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.io.Json;
import io.instruct4j.pipelines.RootConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes each stage's {@link Fingerprint} from the config and the input files.
 *
 * <p>A stage's config fingerprint covers its own section and only the shared settings it reads:
 * the language, {@code bad_records} where the stage reads records, and, for stages that call the
 * model, the {@code llm} settings that change replies (model, endpoint, any backend setting).
 * Operational settings ({@link #LLM_OPERATIONAL}: limits, timeouts, retries, the cache file, where
 * the API key comes from) and the {@code runner} section never count: the same config gives the
 * same dataset on DirectRunner and Flink, at any concurrency. A setting added to {@code llm} later
 * counts until it is listed here, which errs on the side of redoing (the response cache makes a
 * redo with unchanged prompts free).
 *
 * <p>A stage's input fingerprint covers the contents of the files it reads and the fingerprints of
 * its upstream stages, so a change anywhere redoes that stage and everything downstream of it, and
 * nothing else: {@code export.formats} does not touch the generators.
 */
final class StageFingerprints {

  /** Bump when the meaning of a stage's outputs changes, so older run folders redo their stages. */
  static final int VERSION = 1;

  /** {@code llm} keys that change how calls are made, never what they return. */
  static final Set<String> LLM_OPERATIONAL = Set.of("api_key_env", "api_key_file", "timeout_seconds",
      "max_in_flight", "requests_per_minute", "tokens_per_minute", "max_retries", "initial_backoff_millis",
      "max_backoff_millis", "cache_file", "threads", "gpu_layers");

  private final RootConfig config;
  private final JsonNode tree;
  private String modelContent; // the embedded model file's hash, computed once per start

  StageFingerprints(RootConfig config) {
    this.config = config;
    this.tree = Json.MAPPER.valueToTree(config);
  }

  /** The fingerprint of {@code stage} given its upstream stages' total fingerprints. */
  Fingerprint of(Stage stage, Map<Stage, Fingerprint> upstream) {
    ObjectNode settings = JsonNodeFactory.instance.objectNode();
    settings.put("version", VERSION);
    settings.put("stage", stage.key());
    settings.set("section", section(stage.key()));
    ObjectNode inputs = JsonNodeFactory.instance.objectNode();
    switch (stage) {
      case SELF_INSTRUCT -> {
        common(settings, true, true);
        files(inputs, List.of(config.selfInstruct().seeds()), "self_instruct.seeds");
      }
      case SELF_QA -> {
        common(settings, false, true);
        files(inputs, config.selfQa().inputs(), "self_qa.inputs");
      }
      case SELF_KG -> {
        common(settings, true, config.selfKg().usesLlm());
        List<String> kg = new ArrayList<>(config.selfKg().inputs());
        if (config.selfKg().templatesFile() != null && !config.selfKg().templatesFile().isBlank()) {
          kg.add(config.selfKg().templatesFile());
        }
        files(inputs, kg, "self_kg.inputs / self_kg.templates_file");
      }
      case CURATE -> {
        common(settings, false, false);
        files(inputs, extraCurateInputs(), "curate.inputs");
      }
      case EXPORT -> common(settings, false, false);
      case TRAIN -> {
        String model = config.train().modelDir();
        // The base model's files, weights included: another model in the same folder is another adapter.
        files(inputs, model == null || model.isBlank() ? List.of() : List.of(model), "train.model_dir");
      }
    }
    ObjectNode up = inputs.putObject("upstream");
    for (Stage s : stage.upstream()) {
      if (upstream.containsKey(s)) {
        up.put(s.key(), upstream.get(s).total());
      }
    }
    return Fingerprint.of(Fingerprints.sha256(Fingerprints.canonical(settings)),
        Fingerprints.sha256(Fingerprints.canonical(inputs)));
  }

  /** Extra example files named in {@code curate.inputs}, curated together with the generators' outputs. */
  List<String> extraCurateInputs() {
    JsonNode inputs = section("curate").path("inputs");
    List<String> out = new ArrayList<>();
    inputs.forEach(n -> out.add(n.asText()));
    return out;
  }

  private void common(ObjectNode settings, boolean badRecords, boolean llm) {
    settings.put("language", config.language());
    if (badRecords) {
      settings.put("bad_records", config.badRecords());
    }
    if (llm) {
      ObjectNode generation = (ObjectNode) tree.path("llm").deepCopy();
      LLM_OPERATIONAL.forEach(generation::remove);
      if (config.llm().usesEmbeddedModel()) {
        // The path says where the weights are, not which: another file copied there changes every reply.
        generation.put("model_file_sha256", modelContent());
      }
      settings.set("llm", generation);
    }
  }

  private String modelContent() {
    if (modelContent == null) {
      modelContent = InputHashes.of(List.of(config.llm().modelFile()), "llm.model_file").values().iterator().next();
    }
    return modelContent;
  }

  private JsonNode section(String key) {
    JsonNode node = tree.get(key);
    return node == null ? JsonNodeFactory.instance.nullNode() : node;
  }

  private static void files(ObjectNode inputs, List<String> paths, String setting) {
    ObjectNode files = inputs.putObject("files");
    for (String p : paths) {
      if (p == null || p.isBlank()) {
        throw new IllegalArgumentException(setting + " is not set");
      }
    }
    InputHashes.of(paths, setting).forEach(files::put);
  }
}
