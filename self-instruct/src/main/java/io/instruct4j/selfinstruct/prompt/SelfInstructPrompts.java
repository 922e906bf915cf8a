package io.instruct4j.selfinstruct.prompt;

import io.instruct4j.core.prompt.PromptLibrary;
import io.instruct4j.core.prompt.PromptTemplate;
import io.instruct4j.core.prompt.RenderedPrompt;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The four Self-Instruct prompts of one language, adapted to chat models (each is one user
 * message). Loaded eagerly, so a missing or broken template fails when the pipeline is built,
 * not in the middle of a paid run.
 */
public final class SelfInstructPrompts implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String BOOTSTRAP = "self-instruct/bootstrap";
  public static final String CLASSIFY = "self-instruct/classify";
  public static final String INSTANCES_INPUT_FIRST = "self-instruct/instances-input-first";
  public static final String INSTANCES_OUTPUT_FIRST = "self-instruct/instances-output-first";

  /** The bootstrap prompt asks the model to continue the list up to this item number. */
  public static final int DEFAULT_LAST_ITEM = 20;

  private final String language;
  private final PromptTemplate bootstrap;
  private final PromptTemplate classify;
  private final PromptTemplate inputFirst;
  private final PromptTemplate outputFirst;

  private SelfInstructPrompts(String language) {
    this.language = language;
    this.bootstrap = PromptLibrary.get(language, BOOTSTRAP);
    this.classify = PromptLibrary.get(language, CLASSIFY);
    this.inputFirst = PromptLibrary.get(language, INSTANCES_INPUT_FIRST);
    this.outputFirst = PromptLibrary.get(language, INSTANCES_OUTPUT_FIRST);
  }

  /** The prompts for {@code language} ({@code en} or {@code zh}). */
  public static SelfInstructPrompts forLanguage(String language) {
    return new SelfInstructPrompts(PromptLibrary.requireLanguage(language));
  }

  public String language() {
    return language;
  }

  /** Bootstrap prompt continuing {@code examples} up to item {@value #DEFAULT_LAST_ITEM}. */
  public RenderedPrompt bootstrap(List<String> examples) {
    return bootstrap(examples, DEFAULT_LAST_ITEM);
  }

  /**
   * Bootstrap prompt: the in-context instructions as a numbered list (whitespace collapsed and a
   * trailing colon removed, as the reference's encode_prompt does), then a request to continue
   * from the next number up to {@code lastItem}.
   */
  public RenderedPrompt bootstrap(List<String> examples, int lastItem) {
    Objects.requireNonNull(examples, "examples");
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("a bootstrap prompt needs at least one in-context instruction");
    }
    if (lastItem <= examples.size()) {
      throw new IllegalArgumentException("lastItem must be above the " + examples.size()
          + " in-context instructions, got " + lastItem);
    }
    StringBuilder tasks = new StringBuilder();
    for (int i = 0; i < examples.size(); i++) {
      String text = examples.get(i);
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("in-context instruction " + (i + 1) + " is blank");
      }
      String cleaned = text.replaceAll("\\s+", " ").strip().replaceAll("[:：]+$", "");
      if (i > 0) {
        tasks.append('\n');
      }
      tasks.append(i + 1).append(". ").append(cleaned);
    }
    return render(bootstrap, Map.of(
        "tasks", tasks.toString(),
        "first_new", examples.size() + 1,
        "last_new", lastItem));
  }

  /** Few-shot Yes/No prompt asking whether {@code instruction} is a classification task. */
  public RenderedPrompt classify(String instruction) {
    return render(classify, Map.of("instruction", requireText(instruction)));
  }

  /**
   * Instance prompt: output-first (class label, then input) for classification tasks, so the
   * labels do not all collapse onto one class; input-first otherwise (the paper's choice).
   */
  public RenderedPrompt instances(String instruction, boolean classification, int maxInstances) {
    if (maxInstances < 1) {
      throw new IllegalArgumentException("maxInstances must be at least 1, got " + maxInstances);
    }
    PromptTemplate template = classification ? outputFirst : inputFirst;
    return render(template, Map.of("instruction", requireText(instruction), "max_instances", maxInstances));
  }

  /** The template of {@code id} in this language, for provenance and inspection. */
  public PromptTemplate template(String id) {
    return switch (id) {
      case BOOTSTRAP -> bootstrap;
      case CLASSIFY -> classify;
      case INSTANCES_INPUT_FIRST -> inputFirst;
      case INSTANCES_OUTPUT_FIRST -> outputFirst;
      default -> throw new IllegalArgumentException("unknown Self-Instruct prompt '" + id + "'");
    };
  }

  private static String requireText(String instruction) {
    if (instruction == null || instruction.isBlank()) {
      throw new IllegalArgumentException("instruction must not be blank, got '" + instruction + "'");
    }
    return instruction.strip();
  }

  private RenderedPrompt render(PromptTemplate template, Map<String, ?> values) {
    return new RenderedPrompt(template.render(values), template.id(), template.version(), language);
  }
}
