package io.instruct4j.pipelines.curate;

import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes each slice to its own file in a folder ({@link SliceFiles}) and passes on the file's path.
 *
 * <p>Why not {@code TextIO.write}: its sharded-write machinery adds some forty transforms, and the
 * DirectRunner's watermark bookkeeping, run in a busy loop, grows with the number of transforms;
 * for the hundred or so slices of a curation it cost more than the curation.
 */
final class WriteSlices extends PTransform<PCollection<CurateBatch>, PCollection<String>> {

  private final String folder;

  WriteSlices(Path folder) {
    this.folder = folder.toAbsolutePath().toString();
  }

  @Override
  public PCollection<String> expand(PCollection<CurateBatch> slices) {
    return slices.apply("WriteSlice", ParDo.of(new WriteFn(folder)));
  }

  private static final class WriteFn extends DoFn<CurateBatch, String> {
    private final String folder;

    WriteFn(String folder) {
      this.folder = folder;
    }

    @ProcessElement
    public void process(@Element CurateBatch slice, OutputReceiver<String> out) {
      out.output(SliceFiles.write(Path.of(folder), slice).toString());
    }
  }
}
