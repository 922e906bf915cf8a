package io.instruct4j.selfqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.instruct4j.selfqa.chunk.ChunkSettings;
import io.instruct4j.selfqa.chunk.ChunkedDocument;
import io.instruct4j.selfqa.chunk.Chunker;
import io.instruct4j.selfqa.chunk.SkippedChunk;
import io.instruct4j.selfqa.ingest.Document;
import io.instruct4j.selfqa.ingest.DocumentFinder;
import io.instruct4j.selfqa.ingest.DocumentReader;
import io.instruct4j.selfqa.ingest.DocumentRef;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The shipped sample documents read and chunk as the demo expects, with the default settings. */
class SampleDataTest {

  @Test
  void should_read_and_chunk_every_sample_document() {
    Chunker chunker = new Chunker(ChunkSettings.from(SelfQaConfig.defaults()));
    DocumentReader reader = new DocumentReader("auto", "en");
    List<Tuple> seen = new ArrayList<>();
    for (DocumentRef ref : DocumentFinder.find(List.of("../sample-data/self-qa/docs"))) {
      Document doc = reader.read(ref);
      ChunkedDocument chunks = chunker.chunk(doc);
      seen.add(tuple(ref.relativeName(), doc.language(), doc.title(), chunks.chunks().size(),
          chunks.skipped().stream().map(SkippedChunk::filter).toList()));
      chunks.chunks().forEach(c -> assertThat(doc.text().substring(c.start(), c.end())).isEqualTo(c.text()));
    }

    assertThat(seen).containsExactly(
        tuple("helios-h10-manual.md", "en", "Helios H10 Home Battery: Owner's Manual", 5,
            List.of("too_short", "boilerplate", "boilerplate")),
        tuple("helios-h10-quick-start.html", "en", "Helios H10 Quick Start Guide", 4,
            List.of("boilerplate", "boilerplate", "boilerplate")),
        tuple("helios-h10-specs.csv", "en", "helios-h10-specs.csv", 1, List.of()),
        tuple("helios-h10-warranty.pdf", "en", "Helios H10 Limited Warranty", 1, List.of()),
        tuple("household-storage-rules-zh.txt", "zh", "家用储能系统安全管理办法（示例文本）", 3,
            List.of("too_short", "too_short")));
  }
}
