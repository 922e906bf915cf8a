package io.instruct4j.core.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.List;

/**
 * One HTTP attempt through LangChain4j's OpenAI-compatible {@link ChatModel}. LangChain4j's own
 * retries are off (the gateway retries with its limits and Retry-After), and so is its
 * request/response logging, which would print the Authorization header.
 */
final class ModelCaller implements ModelBackend {

  private final ChatModel model;
  private final String modelName;
  private final FailureClassifier classifier;

  ModelCaller(LlmConfig config, ApiKey key) {
    Duration timeout = Duration.ofSeconds(config.timeoutSeconds());
    this.modelName = config.model();
    this.classifier = new FailureClassifier(config, key);
    this.model = OpenAiChatModel.builder()
        .httpClientBuilder(new GatewayHttpClientBuilder().connectTimeout(timeout).readTimeout(timeout))
        .baseUrl(config.baseUrl())
        .apiKey(key.value())
        .modelName(config.model())
        .timeout(timeout)
        .maxRetries(0)
        .logRequests(false)
        .logResponses(false)
        .build();
  }

  /** Sends the call once; the result has one attempt and the given cache key. */
  @Override
  public ChatResult call(ChatCall call, String promptHash) {
    ChatResponse response = model.chat(request(call));
    TokenUsage usage = response.tokenUsage();
    String text = response.aiMessage() == null ? null : response.aiMessage().text();
    if (text == null) {
      throw new MalformedReplyException("the reply has no text content", null);
    }
    return new ChatResult(text, finishReason(response.finishReason()),
        usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
        usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount(),
        response.modelName() == null ? modelName : response.modelName(),
        false, 1, promptHash);
  }

  @Override
  public LlmException classify(Throwable failure) {
    return classifier.classify(failure);
  }

  /** The served model's name: the base URL and key are left out (see {@link CacheKey}). */
  @Override
  public String cacheIdentity() {
    return modelName;
  }

  /** Nothing to free: the JDK HTTP client holds no open resources between calls. */
  @Override
  public void close() {}

  private ChatRequest request(ChatCall call) {
    GenerationParams p = call.params();
    OpenAiChatRequestParameters.Builder params = OpenAiChatRequestParameters.builder()
        .modelName(modelName)
        .temperature(p.temperature())
        .topP(p.topP())
        .maxOutputTokens(p.maxTokens())
        .seed(p.seed());
    if (!p.stop().isEmpty()) {
      params.stopSequences(p.stop());
    }
    return ChatRequest.builder().messages(messages(call.messages())).parameters(params.build()).build();
  }

  private static List<dev.langchain4j.data.message.ChatMessage> messages(List<ChatMessage> messages) {
    return messages.stream().map(ModelCaller::message).toList();
  }

  private static dev.langchain4j.data.message.ChatMessage message(ChatMessage m) {
    return switch (m.role()) {
      case SYSTEM -> SystemMessage.from(m.content());
      case USER -> UserMessage.from(m.content());
      case ASSISTANT -> AiMessage.from(m.content());
    };
  }

  private static FinishReason finishReason(dev.langchain4j.model.output.FinishReason reason) {
    if (reason == null) {
      return FinishReason.OTHER;
    }
    return switch (reason) {
      case STOP -> FinishReason.STOP;
      case LENGTH -> FinishReason.LENGTH;
      case CONTENT_FILTER -> FinishReason.CONTENT_FILTER;
      default -> FinishReason.OTHER;
    };
  }
}
