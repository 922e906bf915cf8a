package io.instruct4j.core.llm.embedded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The models loaded in this JVM, one per {@link ModelSpec}, counted by the backends that use them:
 * gateways with different configs (a pipeline's and a ping's, say) on the same file share one
 * load, one lock and one copy of the weights in memory. The last release frees the model.
 */
final class ModelPool {

  private static final class Entry {
    final LoadedModel model;
    int users;

    Entry(LoadedModel model) {
      this.model = model;
    }
  }

  private static final Map<ModelSpec, Entry> MODELS = new HashMap<>();

  private ModelPool() {}

  /** The loaded model for the spec, loading it on first use. */
  static synchronized LoadedModel acquire(ModelSpec spec) {
    Entry entry = MODELS.get(spec);
    if (entry == null) {
      entry = new Entry(NativeThreads.adopt(() -> LoadedModel.load(spec), ModelPool::closeAll));
      MODELS.put(spec, entry);
    }
    entry.users++;
    return entry.model;
  }

  /** One user fewer; the last one frees the model. */
  static synchronized void release(LoadedModel model) {
    for (var it = MODELS.entrySet().iterator(); it.hasNext(); ) {
      Entry entry = it.next().getValue();
      if (entry.model == model && --entry.users == 0) {
        it.remove();
        model.close();
      }
    }
  }

  /** Frees every model, in use or not; for JVM shutdown. */
  static synchronized void closeAll() {
    List<Entry> all = new ArrayList<>(MODELS.values());
    MODELS.clear();
    all.forEach(e -> e.model.close());
  }

  /** How many models are loaded now. */
  static synchronized int loaded() {
    return MODELS.size();
  }
}
