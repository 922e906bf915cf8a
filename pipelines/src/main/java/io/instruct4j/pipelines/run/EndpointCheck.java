package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A free look at the model before anything is paid for. For an embedded model: its file is there
 * (llama.cpp loads it when the first stage starts). For an endpoint: {@code GET <base_url>/models},
 * which every OpenAI-compatible server answers without running the model. It tells a wrong URL or
 * port (no answer), a refused key (401/403) and a model name the server does not serve apart. A
 * server without {@code /models} (404) is not an error: the check is then inconclusive. The API
 * key is sent as the gateway sends it and never appears in a message.
 */
final class EndpointCheck {

  /**
   * The outcome.
   *
   * @param ok whether a run can start: the endpoint answered and accepted the key
   * @param confirmed whether the model is known to be there (else {@code message} is a warning)
   * @param message what was found, or what to fix
   */
  record Result(boolean ok, boolean confirmed, String message) {

    static Result fine(String message) {
      return new Result(true, true, message);
    }

    static Result doubtful(String message) {
      return new Result(true, false, message);
    }

    static Result failed(String message) {
      return new Result(false, false, message);
    }
  }

  private final Function<String, String> env;
  private final Duration timeout;

  EndpointCheck(Function<String, String> env, Duration timeout) {
    this.env = env;
    this.timeout = timeout;
  }

  static EndpointCheck standard() {
    return new EndpointCheck(System::getenv, Duration.ofSeconds(5));
  }

  /** Checks {@code llm} (already {@link LlmConfig#validated() validated}). */
  Result probe(LlmConfig llm) {
    if (llm.usesEmbeddedModel()) {
      // validated() found the file readable; llama.cpp reads it when the first stage opens the gateway.
      return Result.fine("embedded model " + llm.modelFile() + " (" + Path.of(llm.modelFile()).toFile().length()
          / (1024 * 1024) + " MiB)");
    }
    String url = llm.baseUrl().replaceAll("/+$", "") + "/models";
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
    String key = key(llm);
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return Result.failed("no answer from " + url + " (" + e.getClass().getSimpleName()
          + "): check llm.base_url (--endpoint) and that the server is running");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed("interrupted while checking " + url);
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      return Result.failed(url + " refused the API key (HTTP " + status + "): check "
          + (llm.apiKeyFile() != null ? "llm.api_key_file" : "the " + llm.apiKeyEnv() + " variable (llm.api_key_env)"));
    }
    if (status == 404) {
      return Result.doubtful(url + " is not served (HTTP 404); the server may still answer chat calls");
    }
    if (status / 100 != 2) {
      return Result.failed(url + " answered HTTP " + status);
    }
    List<String> models = models(response.body());
    if (models.contains(llm.model())) {
      return Result.fine("endpoint " + llm.baseUrl() + " serves " + llm.model());
    }
    return Result.doubtful("endpoint " + llm.baseUrl() + " answered, but does not list model '" + llm.model()
        + "' (it lists " + (models.size() > 8 ? models.subList(0, 8) + "..." : models)
        + "); check llm.model (--model)");
  }

  private String key(LlmConfig llm) {
    if (llm.apiKeyFile() != null && !llm.apiKeyFile().isBlank()) {
      try {
        return Files.readString(Path.of(llm.apiKeyFile())).strip();
      } catch (IOException e) {
        return null; // the gateway reports an unreadable key file itself, with its own message
      }
    }
    String value = env.apply(llm.apiKeyEnv());
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static List<String> models(String body) {
    List<String> out = new ArrayList<>();
    try {
      JsonNode data = Json.MAPPER.readTree(body).path("data");
      data.forEach(m -> out.add(m.path("id").asText()));
    } catch (IOException e) {
      // An odd body from a 2xx answer: the endpoint is up, the list is unknown.
    }
    return out;
  }
}
