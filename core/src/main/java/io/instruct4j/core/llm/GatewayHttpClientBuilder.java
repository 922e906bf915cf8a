package io.instruct4j.core.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;

/** Builds {@link GatewayHttpClient}; handed to LangChain4j through {@code httpClientBuilder(...)}. */
final class GatewayHttpClientBuilder implements HttpClientBuilder {

  private Duration connectTimeout;
  private Duration readTimeout;

  @Override
  public Duration connectTimeout() {
    return connectTimeout;
  }

  @Override
  public HttpClientBuilder connectTimeout(Duration value) {
    this.connectTimeout = value;
    return this;
  }

  @Override
  public Duration readTimeout() {
    return readTimeout;
  }

  @Override
  public HttpClientBuilder readTimeout(Duration value) {
    this.readTimeout = value;
    return this;
  }

  @Override
  public HttpClient build() {
    return new GatewayHttpClient(connectTimeout, readTimeout);
  }
}
