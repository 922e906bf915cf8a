package io.instruct4j.selfkg.kg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.io.BadRecordException;
import io.instruct4j.core.io.BadRecordPolicy;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfkg.SelfKgConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfReaderTest {

  static final String TURTLE = """
      @prefix ex: <http://example.org/kg/> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .

      ex:hasSymptom a rdf:Property ; rdfs:label "has symptom"@en , "症状"@zh .
      ex:Disease a rdfs:Class .
      ex:Migraine a ex:Disease ;
          rdfs:label "migraine"@en , "偏头痛"@zh , "Migräne"@de ;
          ex:hasSymptom ex:Nausea , ex:Headache ;
          ex:advice "Rest in a dark, quiet room"@en , "在安静的暗室休息"@zh ;
          ex:treatedIn ex:Neurology ;
          ex:note "written in English only"@en .
      ex:Nausea rdfs:label "nausea"@en , "恶心"@zh .
      ex:Headache rdfs:label "headache" .
      """;

  @TempDir Path dir;
  private KgFiles files;

  @BeforeEach
  void setUp() {
    files = new KgFiles(dir);
  }

  @Test
  void should_name_turtle_nodes_by_their_label_in_the_preferred_language() {
    Path ttl = files.write("kg.ttl", TURTLE);

    KgRead read = files.read(BadRecordPolicy.FAIL, SelfKgConfig.defaults(), "zh", ttl);

    assertThat(read.facts()).extracting(Triple::line).containsExactly(
        "偏头痛 | advice | 在安静的暗室休息",
        "偏头痛 | treated in | Neurology",
        "偏头痛 | type | Disease",
        "偏头痛 | 症状 | headache",
        "偏头痛 | 症状 | 恶心");
    assertThat(read.facts()).allSatisfy(t -> assertThat(t.source()).isEqualTo(ttl.toString()));
    // the English advice translates a kept Chinese one; the English-only note has no Chinese version
    assertThat(files.rejects).singleElement().satisfies(r -> {
      assertThat(r.filter()).isEqualTo("other_language");
      assertThat(r.reason()).isEqualTo("literal in language 'en', not the preferred 'zh' (self_kg.label_language)");
      assertThat(r.text()).contains("written in English only");
    });
    // the 8 labels, the property's and the class's type, and the advice's translation
    assertThat(read.skippedStatements()).isEqualTo(11);
  }

  @Test
  void should_use_english_labels_when_english_is_preferred() {
    Path ttl = files.write("kg.ttl", TURTLE);

    KgRead read = files.read(BadRecordPolicy.FAIL, SelfKgConfig.defaults(), "en", ttl);

    assertThat(read.facts()).extracting(Triple::line).containsExactly(
        "migraine | advice | Rest in a dark, quiet room",
        "migraine | has symptom | headache",
        "migraine | has symptom | nausea",
        "migraine | note | written in English only",
        "migraine | treated in | Neurology",
        "migraine | type | Disease");
  }

  @Test
  void should_stop_at_broken_turtle_with_the_line_jena_reports() {
    Path ttl = files.write("bad.ttl", "@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c .\nex:d ex:e .\nex:f ex:g ex:h .\n");

    assertThatThrownBy(() -> files.read(ttl))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(ttl + ":4: invalid Turtle: ")
        .hasMessageEndingWith("; the file cannot be read past this point");
  }

  @Test
  void should_read_n_triples_line_by_line_and_reject_a_broken_line_with_its_number() {
    Path nt = files.write("kg.nt", """
        # a comment
        <http://example.org/Common_cold> <http://example.org/hasSymptom> <http://example.org/Sore_throat> .
        <http://example.org/Common_cold> <http://example.org/hasSymptom> <http://example.org/Cough
        <http://example.org/Common_cold> <http://www.w3.org/2000/01/rdf-schema#label> "common cold"@en .
        """);

    KgRead read = files.read(BadRecordPolicy.REJECT, SelfKgConfig.defaults(), "en", nt);

    assertThat(KgFiles.lines(read)).containsExactly("common cold | has symptom | Sore throat @ " + nt + ":2");
    assertThat(files.rejects).singleElement().satisfies(r -> {
      assertThat(r.filter()).isEqualTo("malformed_record");
      assertThat(r.source()).isEqualTo(nt + ":3");
      assertThat(r.reason()).startsWith("invalid N-Triples: ");
    });
  }

  @Test
  void should_fail_on_a_broken_n_triples_line_by_default() {
    Path nt = files.write("kg.nt", "<http://example.org/a> <http://example.org/b> .\n");

    assertThatThrownBy(() -> files.read(nt)).isInstanceOf(BadRecordException.class)
        .hasMessageStartingWith(nt + ":1: invalid N-Triples: ");
  }

  @Test
  void should_read_json_ld_with_an_inline_context() {
    Path jsonld = files.write("kg.jsonld", """
        {
          "@context": {"ex": "http://example.org/", "label": "http://www.w3.org/2000/01/rdf-schema#label",
                       "symptom": {"@id": "ex:symptom", "@type": "@id"}},
          "@graph": [
            {"@id": "ex:flu", "label": "influenza", "symptom": ["ex:fever", "ex:cough"]},
            {"@id": "ex:fever", "label": "fever"}
          ]
        }
        """);

    KgRead read = files.read(BadRecordPolicy.FAIL, SelfKgConfig.defaults(), "en", jsonld);

    assertThat(read.facts()).extracting(Triple::line)
        .containsExactly("influenza | symptom | cough", "influenza | symptom | fever");
  }

  @Test
  void should_report_broken_json_ld_with_its_line() {
    Path jsonld = files.write("kg.jsonld", "{\n  \"@id\": \"http://example.org/a\",\n  \"x\": [1, 2\n}\n");

    assertThatThrownBy(() -> files.read(jsonld)).isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(jsonld + ":4: invalid JSON-LD: not valid JSON: ");
  }

  @Test
  void should_reject_a_fact_about_a_blank_node_without_a_label() {
    Path ttl = files.write("kg.ttl", "@prefix ex: <http://example.org/> .\nex:flu ex:symptom [ ex:note \"x\" ] .\n");

    KgRead read = files.read(BadRecordPolicy.FAIL, SelfKgConfig.defaults(), "en", ttl);

    assertThat(read.facts()).isEmpty();
    assertThat(files.rejects).extracting(Reject::filter).containsExactly("unnamed_node", "unnamed_node");
  }
}
