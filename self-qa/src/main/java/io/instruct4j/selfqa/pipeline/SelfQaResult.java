package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfqa.chunk.Chunk;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * What a Self-QA run produced: the documents read, the chunks asked about, the questions kept,
 * the training examples, every reject and every dead letter.
 */
public record SelfQaResult(
    PCollection<DocumentInfo> documents,
    PCollection<Chunk> chunks,
    PCollection<QuestionRow> questions,
    PCollection<Example> examples,
    PCollection<Reject> rejects,
    PCollection<DeadLetter> deadLetters)
    implements POutput {

  @Override
  public Pipeline getPipeline() {
    return examples.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    return Map.of(new TupleTag<>("documents"), documents, new TupleTag<>("chunks"), chunks,
        new TupleTag<>("questions"), questions, new TupleTag<>("examples"), examples,
        new TupleTag<>("rejects"), rejects, new TupleTag<>("dead_letters"), deadLetters);
  }

  @Override
  public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {}
}
