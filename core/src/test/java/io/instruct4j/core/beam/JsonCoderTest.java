package io.instruct4j.core.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Provenance;
import io.instruct4j.core.record.Reject;
import io.instruct4j.core.record.Scores;
import io.instruct4j.core.record.Similar;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

class JsonCoderTest {

  private static final Example CHINESE = new Example(null, "把下面的句子翻译成英文。", "今天天气很好。",
      "The weather is nice today.", Method.SELF_INSTRUCT, "zh", false,
      Provenance.EMPTY.withModel("qwen").withRound(1).withKgTriples(List.of("t1", "t2")),
      new Scores(0.31, 0.12, List.of(new Similar("ex-a", "翻译", 0.31)), Map.of("repeated_ngram_ratio", 0.05)));

  private final JsonCoder<Example> unit = JsonCoder.of(Example.class);

  @Test
  void should_round_trip_an_example_with_chinese_text() throws Exception {
    byte[] encoded = CoderUtils.encodeToByteArray(unit, CHINESE);

    assertThat(CoderUtils.decodeFromByteArray(unit, encoded)).isEqualTo(CHINESE);
  }

  @Test
  void should_encode_as_varint_length_then_utf8_json() throws Exception {
    Example small = Example.of("Hi", "", "Hello", Method.IMPORTED, "en");
    byte[] json = ("{\"id\":\"" + small.id() + "\",\"instruction\":\"Hi\",\"input\":\"\",\"output\":\"Hello\","
        + "\"method\":\"imported\",\"language\":\"en\",\"provenance\":{},\"scores\":{}}").getBytes(StandardCharsets.UTF_8);
    assertThat(json).hasSize(139);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(0x8B); // VarInt of 139: low 7 bits (0x0B) with the continuation bit set,
    expected.write(0x01); // then the remaining bit
    expected.write(json);

    assertThat(CoderUtils.encodeToByteArray(unit, small)).isEqualTo(expected.toByteArray());
  }

  @Test
  void should_round_trip_rejects_and_dead_letters() throws Exception {
    Reject reject = new Reject("curate", "rouge_l", "ROUGE-L 0.81 > 0.7", null, CHINESE, "ex-b", "a.jsonl:3");
    DeadLetter dead = new DeadLetter("classify", "{\"instruction\":\"问\"}", "rate_limited", "429 after 5 tries", 5);

    assertThat(CoderUtils.decodeFromByteArray(JsonCoder.of(Reject.class),
        CoderUtils.encodeToByteArray(JsonCoder.of(Reject.class), reject))).isEqualTo(reject);
    assertThat(CoderUtils.decodeFromByteArray(JsonCoder.of(DeadLetter.class),
        CoderUtils.encodeToByteArray(JsonCoder.of(DeadLetter.class), dead))).isEqualTo(dead);
  }

  @Test
  void should_stay_in_bounds_when_nested_in_kv_and_list() throws Exception {
    Example other = Example.of("第二个", "", "答案", Method.SELF_QA, "zh");
    Coder<KV<List<Example>, String>> nested = KvCoder.of(ListCoder.of(unit), StringUtf8Coder.of());
    KV<List<Example>, String> value = KV.of(List.of(CHINESE, other, CHINESE), "尾巴");

    assertThat(CoderUtils.decodeFromByteArray(nested, CoderUtils.encodeToByteArray(nested, value))).isEqualTo(value);
  }

  @Test
  void should_survive_java_serialisation_as_beam_ships_it_to_workers() {
    JsonCoder<Example> copy = SerializableUtils.clone(unit);

    assertThat(copy).isEqualTo(unit).hasSameHashCodeAs(unit);
    assertThat(copy).isNotEqualTo(JsonCoder.of(Reject.class));
  }

  @Test
  void should_be_deterministic_for_our_records() throws Exception {
    unit.verifyDeterministic();
    JsonCoder.of(Reject.class).verifyDeterministic();
    JsonCoder.of(DeadLetter.class).verifyDeterministic();
  }

  @Test
  void should_not_claim_determinism_for_a_record_with_a_set() {
    assertThatThrownBy(() -> JsonCoder.of(Tagged.class).verifyDeterministic())
        .isInstanceOf(Coder.NonDeterministicException.class)
        .hasMessageContaining("JSON of Tagged may vary in order: Tagged.tags: Set-typed field java.util.Set");
  }

  @Test
  void should_refuse_to_encode_null() {
    assertThatThrownBy(() -> CoderUtils.encodeToByteArray(unit, null))
        .isInstanceOf(CoderException.class)
        .hasMessage("cannot encode a null Example");
  }

  record Tagged(String name, Set<String> tags) {}
}
