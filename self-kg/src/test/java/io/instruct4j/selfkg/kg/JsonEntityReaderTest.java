package io.instruct4j.selfkg.kg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.io.BadRecordException;
import io.instruct4j.core.io.BadRecordPolicy;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfkg.SelfKgConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonEntityReaderTest {

  @TempDir Path dir;
  private KgFiles files;

  @BeforeEach
  void setUp() {
    files = new KgFiles(dir);
  }

  @Test
  void should_read_cmekg_style_jsonl_records_one_fact_per_list_item() {
    Path jsonl = files.write("kg.jsonl", """
        {"中心词": "偏头痛", "相关症状": ["头痛", "恶心"], "所属科室": ["神经内科"]}

        {"中心词": "感冒", "相关症状": "咳嗽", "别名": []}
        """);

    KgRead read = files.read(jsonl);

    assertThat(KgFiles.lines(read)).containsExactly(
        "偏头痛 | 所属科室 | 神经内科 @ " + jsonl + ":1",
        "偏头痛 | 相关症状 | 头痛 @ " + jsonl + ":1",
        "偏头痛 | 相关症状 | 恶心 @ " + jsonl + ":1",
        "感冒 | 相关症状 | 咳嗽 @ " + jsonl + ":3");
    assertThat(read.records()).isEqualTo(2);
  }

  @Test
  void should_read_a_json_array_with_a_configured_name_key_and_relations() {
    Path json = files.write("kg.json", """
        [
          {"name": "migraine", "symptoms": ["nausea"], "department": ["neurology"], "id": 17},
          {"name": "flu", "symptoms": ["fever"]}
        ]
        """);
    SelfKgConfig config = new SelfKgConfig(null, null, null, null, null, null, null, "name",
        List.of("symptoms", "department"), null, null, null, null, null, null, null, null, null, null, null);

    KgRead read = files.read(BadRecordPolicy.FAIL, config, "en", json);

    assertThat(KgFiles.lines(read)).containsExactly(
        "flu | symptoms | fever @ " + json + ":3",
        "migraine | department | neurology @ " + json + ":2",
        "migraine | symptoms | nausea @ " + json + ":2");
  }

  @Test
  void should_stop_at_a_record_without_the_entity_name_key() {
    Path jsonl = files.write("kg.jsonl", "{\"中心词\": \"感冒\", \"相关症状\": [\"咳嗽\"]}\n{\"name\": \"偏头痛\", \"相关症状\": [\"头痛\"]}\n");

    assertThatThrownBy(() -> files.read(jsonl)).isInstanceOf(BadRecordException.class)
        .hasMessage(jsonl + ":2: missing the entity-name key '中心词' (keys found: [name, 相关症状]; "
            + "set self_kg.entity_key to the key that holds the name)");
  }

  @Test
  void should_reject_records_with_values_that_are_not_strings_under_the_reject_policy() {
    Path jsonl = files.write("kg.jsonl", "{\"中心词\": \"感冒\", \"相关症状\": [{\"名称\": \"咳嗽\"}]}\n{\"中心词\": \"偏头痛\", \"相关症状\": [\"头痛\"]}\n");

    KgRead read = files.read(BadRecordPolicy.REJECT, SelfKgConfig.defaults(), "zh", jsonl);

    assertThat(read.facts()).extracting(Triple::line).containsExactly("偏头痛 | 相关症状 | 头痛");
    assertThat(files.rejects).extracting(Reject::source, Reject::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(jsonl + ":1", "field '相关症状[0]' must be a string, got object"));
  }
}
