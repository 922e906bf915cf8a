package io.instruct4j.finetune.export;

import io.instruct4j.core.io.Json;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small example files for the export tests: English and Chinese, with and without input. */
final class ExportFixtures {

  static final Example COLOUR = Example.of("Name a primary colour.", "", "Red.\nAlso \"blue\".", Method.SEED, "en");
  static final Example FRENCH = Example.of("Translate to French.", "Good morning", "Bonjour", Method.SELF_INSTRUCT, "en");
  static final Example PHOTO = Example.of("什么是光合作用？", "", "植物利用光能把二氧化碳和水转化为有机物。", Method.SELF_QA, "zh");
  static final Example CAPITAL = Example.of("根据知识图谱回答问题。", "北京 —首都→ 中国", "北京是中国的首都。", Method.SELF_KG, "zh");

  private ExportFixtures() {}

  /** The four examples above as our JSONL. */
  static Path fourExamples(Path file) {
    return write(file, List.of(COLOUR, FRENCH, PHOTO, CAPITAL));
  }

  /** {@code n} distinct examples of one method. */
  static List<Example> many(Method method, int n) {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Example.of(method.wireName() + " task " + i, "", "answer " + i, method, "en"));
    }
    return out;
  }

  static Path write(Path file, List<Example> examples) {
    StringBuilder text = new StringBuilder();
    examples.forEach(e -> text.append(Json.toLine(e)).append('\n'));
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
