package io.instruct4j.pipelines.run;

import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import io.instruct4j.testkit.FakeRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small English first-aid knowledge graph and a scripted model for Self-KG whose replies are a
 * function of the prompt alone: the entity it asks about and the temperature (the first call is
 * cooler than a resample). Sunburn gets two grounded pairs, dehydration a refusal that the
 * resample fixes, and nosebleed an endpoint that keeps failing (a dead letter).
 */
final class CareScript {

  static final String TSV = """
      head\trelation\ttail
      sunburn\tsymptom\tred skin
      sunburn\tsymptom\tblistering
      sunburn\ttreatment\tcool compress
      dehydration\tsymptom\tdry mouth
      dehydration\tsymptom\tdizziness
      dehydration\ttreatment\toral rehydration solution
      nosebleed\ttreatment\tpinching the nose
      """;

  static final String SUNBURN = """
      Q: What are the symptoms of sunburn?
      A: Sunburn causes red skin and blistering.

      Q: How can sunburn be soothed at home?
      A: A cool compress soothes sunburn.""";

  static final String DEHYDRATION = "Q: What are signs of dehydration?\nA: Dehydration can cause dry mouth and dizziness.";

  static final String REFUSAL = "I'm sorry, I cannot answer medical questions.";

  /** The entities, so the planned prompt count is known: one prompt each. */
  static final int ENTITIES = 3;

  private static final Pattern ENTITY = Pattern.compile("facts below about \"([^\"]+)\"");

  private CareScript() {}

  static Path write(Path dir) throws IOException {
    return Files.writeString(dir.resolve("care.tsv"), TSV);
  }

  static boolean isKg(FakeRequest r) {
    return ENTITY.matcher(r.lastUserMessage()).find();
  }

  static void install(FakeOpenAiServer server) {
    server.when(CareScript::isKg, CareScript::reply);
  }

  private static FakeReply reply(FakeRequest r) {
    Matcher m = ENTITY.matcher(r.lastUserMessage());
    m.find();
    boolean resample = r.param("temperature") != null && r.param("temperature").asDouble() > 0.5;
    return switch (m.group(1)) {
      case "sunburn" -> FakeReply.text(SUNBURN).withUsage(220, 60);
      case "dehydration" -> FakeReply.text(resample ? DEHYDRATION : REFUSAL).withUsage(210, 30);
      case "nosebleed" -> FakeReply.serverError(500);
      default -> throw new IllegalStateException("unexpected entity " + m.group(1));
    };
  }
}
