package io.instruct4j.pipelines.run;

import java.util.List;

/** One stage's work: runs it into its folder and says what it produced. */
interface StageWork {

  StageOutcome run(StageContext context);

  /** The model steps (LLM counter names) whose calls the progress line counts; empty without a model. */
  List<String> llmSteps();
}
