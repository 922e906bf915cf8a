package io.instruct4j.pipelines.curate;

import static io.instruct4j.pipelines.curate.CurateData.config;
import static io.instruct4j.pipelines.curate.CurateData.quiet;
import static io.instruct4j.pipelines.curate.CuratePipelineTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.instruct4j.core.io.Json;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Reject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a real corpus has: an empty file, a record without an instruction, one 10 MB example, mixed scripts. */
class CurateBadInputTest {

  @TempDir Path dir;

  @Test
  void should_curate_awkward_inputs_without_losing_or_inventing_an_example() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    StringBuilder huge = new StringBuilder();
    for (int i = 0; huge.length() < 10_000_000; i++) {
      huge.append("Sentence ").append(i).append(" of the appendix describes clause ").append(i % 977).append(". ");
    }
    Example big = Example.of("Summarize the appendix of the contract in one paragraph.", "", huge.toString(),
        Method.SELF_QA, "en");
    Example mixed = Example.of("把下面这句话翻译成英文: The meeting is on Friday.", "", "会议在星期五。",
        Method.SELF_INSTRUCT, "zh");
    Path records = Files.writeString(dir.resolve("records.jsonl"), Json.toLine(big) + "\n"
        + "{\"input\": \"no instruction here\", \"output\": \"Paris.\"}\n"
        + Json.toLine(mixed) + "\n"
        + Json.toLine(mixed) + "\n");

    CurationReport report = CuratePipeline.run(config("DirectRunner", "reject"), List.of(empty, records),
        dir.resolve("out"), quiet());

    assertThat(report.inputs()).extracting(InputFileReport::examples, InputFileReport::malformed)
        .containsExactly(tuple(0L, 0L), tuple(3L, 1L));
    assertThat(report.readRejected()).containsExactly(Map.entry("malformed_record", 1L));
    assertThat(report.examples()).isEqualTo(3);
    assertThat(report.kept()).isEqualTo(2);
    assertThat(report.examples()).isEqualTo(report.kept() + report.rejected());
    List<Example> kept = read(dir.resolve("out/examples.jsonl"), Example.class);
    assertThat(kept).extracting(Example::instruction).containsExactly(big.instruction(), mixed.instruction());
    assertThat(kept.get(0).output()).isEqualTo(huge.toString());
    List<Reject> rejects = read(dir.resolve("out/rejects.jsonl"), Reject.class);
    assertThat(rejects).extracting(Reject::stage, Reject::filter, Reject::source).containsExactly(
        tuple("read", "malformed_record", records + ":2"),
        tuple("curate", "exact_duplicate", records + ":4"));
    assertThat(rejects.get(0).reason()).contains("instruction");
  }
}
