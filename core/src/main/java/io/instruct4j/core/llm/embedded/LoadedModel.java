package io.instruct4j.core.llm.embedded;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.llm.LlmException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One GGUF model loaded into llama.cpp, with one generation slot that gets the whole context.
 * llama.cpp's context is not thread-safe and the binding's stream state is per request, so calls
 * are serialized by a fair lock: threads queue in arrival order and each generation runs alone,
 * using every configured CPU thread. Parallel slots would split the context and, on a CPU,
 * compete for the same cores; the gateway's {@code llm.max_in_flight} still bounds the queue.
 *
 * <p>Context shift is off: a prompt that does not fit is refused (never silently cut), and a reply
 * that would overflow the context stops there, flagged LENGTH.
 */
final class LoadedModel implements AutoCloseable {

  private final ModelSpec spec;
  private final GgufFile file;
  private final String identity;
  private final int contextSize;
  private final LlamaModel model;
  private final ReentrantLock lock = new ReentrantLock(true);
  private final AtomicLong generations = new AtomicLong();
  private boolean closed;

  private LoadedModel(ModelSpec spec, GgufFile file, String identity, int contextSize, LlamaModel model) {
    this.spec = spec;
    this.file = file;
    this.identity = identity;
    this.contextSize = contextSize;
    this.model = model;
  }

  /** Checks the file, hashes it for the cache key, and loads it. */
  static LoadedModel load(ModelSpec spec) {
    GgufFile file = GgufFile.read(spec.path());
    int context = spec.contextSize() > 0 ? spec.contextSize()
        : (int) Math.min(Integer.MAX_VALUE, file.trainedContext() > 0 ? file.trainedContext() : 4096);
    String identity = ModelIdentity.of(spec.path());
    ModelParameters params = new ModelParameters()
        .setModel(spec.path().toString())
        .setCtxSize(context)
        .setParallel(1)
        .disableContextShift()
        .disableLog();
    if (spec.threads() > 0) {
      params.setThreads(spec.threads());
    }
    if (spec.gpuLayers() > 0) {
      params.setGpuLayers(spec.gpuLayers());
    }
    try {
      return new LoadedModel(spec, file, identity, context, new LlamaModel(params));
    } catch (LinkageError e) {
      throw new LlmException(LlmException.Kind.OTHER, "cannot load llama.cpp's native library for "
          + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + " from the de.kherud:llama jar ("
          + e + "); the jar copies it into java.io.tmpdir first: if that folder is not writable or is "
          + "mounted noexec, point -Dde.kherud.llama.tmpdir at one that is", e);
    } catch (RuntimeException e) {
      throw new LlmException(LlmException.Kind.OTHER, "llama.cpp could not load llm.model_file '"
          + spec.path() + "' (a GGUF v" + file.version() + " '" + file.architecture() + "' model): "
          + e.getMessage() + "; llama.cpp printed its reason on stderr. Check that llama.cpp b4916 "
          + "(de.kherud:llama 4.2.0) supports this architecture and that llm.context_size ("
          + context + ") fits in memory", e);
    }
  }

  /** Generates one reply; waits for the calls ahead of it. */
  Reply generate(ChatCall call) {
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmException(LlmException.Kind.OTHER, "interrupted while waiting for the embedded model", e);
    }
    try {
      if (closed) {
        throw new IllegalStateException("the embedded model '" + spec.name() + "' is closed");
      }
      return generateAlone(call);
    } finally {
      lock.unlock();
    }
  }

  private Reply generateAlone(ChatCall call) {
    requireNoNul(call);
    ChatPrompt chat = ChatPrompt.of(call.messages());
    String prompt = chat.restore(model.applyTemplate(chat.json()));
    int promptTokens = promptTokens(prompt);
    int room = contextSize - promptTokens;
    if (room < 1) {
      throw new LlmException(LlmException.Kind.BAD_REQUEST, "stage '" + call.stage() + "': the prompt is "
          + promptTokens + " tokens after the chat template, and llm.context_size is " + contextSize
          + ", which leaves no room for a reply: raise llm.context_size (the model was trained on "
          + file.trainedContext() + ") or shorten the prompt", null);
    }
    GenerationParams p = call.params();
    int budget = p.maxTokens() == null ? room : Math.min(p.maxTokens(), room);
    InferenceParameters request = new InferenceParameters(prompt).setNPredict(budget);
    if (p.temperature() != null) {
      request.setTemperature(p.temperature().floatValue());
    }
    if (p.topP() != null) {
      request.setTopP(p.topP().floatValue());
    }
    if (p.seed() != null) {
      request.setSeed(p.seed());
    }
    generations.incrementAndGet();
    ReplyCollector reply = new ReplyCollector(p.stop());
    LlamaIterator frames = model.generate(request).iterator();
    while (frames.hasNext()) {
      LlamaOutput frame = frames.next();
      if (!frames.hasNext()) {
        break; // the last output marks the end of the reply and carries no token
      }
      if (!reply.add(frame.text)) {
        frames.cancel();
        break;
      }
    }
    return reply.finish(promptTokens, budget);
  }

  /** llama.cpp hands the templated prompt back as a C string, which a NUL would silently cut. */
  private static void requireNoNul(ChatCall call) {
    for (int i = 0; i < call.messages().size(); i++) {
      if (call.messages().get(i).content().indexOf('\0') >= 0) {
        throw new LlmException(LlmException.Kind.BAD_REQUEST, "stage '" + call.stage() + "': message " + i
            + " contains a NUL character (U+0000), at which llama.cpp would cut the prompt: remove it", null);
      }
    }
  }

  /**
   * The tokens llama.cpp evaluates for this prompt text: its tokens (special-token text such as
   * {@code <|im_start|>} counts as one) plus the BOS/EOS it adds. The binding reports no usage, so
   * this is how prompt tokens are counted; exact for files that state their BOS/EOS flags.
   */
  int promptTokens(String prompt) {
    return model.encode(prompt).length + file.addedPromptTokens();
  }

  /** The cache identity of the file's content (see {@link ModelIdentity}). */
  String identity() {
    return identity;
  }

  String name() {
    return spec.name();
  }

  int contextSize() {
    return contextSize;
  }

  /** Generations started since load; a cache hit starts none. */
  long generations() {
    return generations.get();
  }

  boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  /** Frees the model once the generation in progress, if any, has finished. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        model.close();
      }
    } finally {
      lock.unlock();
    }
  }
}
