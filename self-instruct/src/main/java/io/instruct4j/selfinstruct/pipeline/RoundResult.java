package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * What one bootstrap round produced: the instructions it accepted into the pool (with similarity
 * scores), those of them whose classification check succeeded (with the flag set), their
 * instances as training examples, every reject and every dead letter.
 */
public record RoundResult(
    PCollection<Example> instructions,
    PCollection<Example> classified,
    PCollection<Example> examples,
    PCollection<Reject> rejects,
    PCollection<DeadLetter> deadLetters)
    implements POutput {

  @Override
  public Pipeline getPipeline() {
    return instructions.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    return Map.of(new TupleTag<>("instructions"), instructions, new TupleTag<>("classified"), classified,
        new TupleTag<>("examples"), examples,
        new TupleTag<>("rejects"), rejects, new TupleTag<>("dead_letters"), deadLetters);
  }

  @Override
  public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {}
}
