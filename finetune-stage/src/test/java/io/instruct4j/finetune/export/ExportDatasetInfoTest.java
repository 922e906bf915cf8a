package io.instruct4j.finetune.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dataset_info.json as LLaMA-Factory's data/README documents it, one entry per written file. */
class ExportDatasetInfoTest {

  @TempDir Path dir;

  private Path export(List<ExportFormat> formats, String system, double fraction) {
    List<Example> examples = new ArrayList<>(ExportFixtures.many(Method.SELF_INSTRUCT, 10));
    Path input = ExportFixtures.write(dir.resolve("examples.jsonl"), examples);
    Path out = dir.resolve("out");
    Exporter.run(new ExportConfig(formats, system, fraction, 3L, "qa"), input, out, "en");
    return out.resolve("dataset_info.json");
  }

  @Test
  void should_describe_every_file_with_its_columns_and_tags() {
    Path info = export(List.of(ExportFormat.ALPACA, ExportFormat.SHAREGPT, ExportFormat.OPENAI), "Be brief.", 0.2);

    assertThat(ExportFixtures.read(info)).isEqualTo("""
        {
          "qa_alpaca_train": {
            "file_name": "alpaca_train.json",
            "formatting": "alpaca",
            "columns": {
              "prompt": "instruction",
              "query": "input",
              "response": "output",
              "system": "system"
            }
          },
          "qa_alpaca_validation": {
            "file_name": "alpaca_validation.json",
            "formatting": "alpaca",
            "columns": {
              "prompt": "instruction",
              "query": "input",
              "response": "output",
              "system": "system"
            }
          },
          "qa_sharegpt_train": {
            "file_name": "sharegpt_train.json",
            "formatting": "sharegpt",
            "columns": {
              "messages": "conversations"
            },
            "tags": {
              "role_tag": "from",
              "content_tag": "value",
              "user_tag": "human",
              "assistant_tag": "gpt",
              "system_tag": "system"
            }
          },
          "qa_sharegpt_validation": {
            "file_name": "sharegpt_validation.json",
            "formatting": "sharegpt",
            "columns": {
              "messages": "conversations"
            },
            "tags": {
              "role_tag": "from",
              "content_tag": "value",
              "user_tag": "human",
              "assistant_tag": "gpt",
              "system_tag": "system"
            }
          },
          "qa_openai_train": {
            "file_name": "openai_train.jsonl",
            "formatting": "sharegpt",
            "columns": {
              "messages": "messages"
            },
            "tags": {
              "role_tag": "role",
              "content_tag": "content",
              "user_tag": "user",
              "assistant_tag": "assistant",
              "system_tag": "system"
            }
          },
          "qa_openai_validation": {
            "file_name": "openai_validation.jsonl",
            "formatting": "sharegpt",
            "columns": {
              "messages": "messages"
            },
            "tags": {
              "role_tag": "role",
              "content_tag": "content",
              "user_tag": "user",
              "assistant_tag": "assistant",
              "system_tag": "system"
            }
          }
        }
        """);
  }

  @Test
  void should_map_no_system_column_when_the_rows_have_none() {
    Path info = export(List.of(ExportFormat.ALPACA), null, 0.0);

    assertThat(ExportFixtures.read(info)).isEqualTo("""
        {
          "qa_alpaca_train": {
            "file_name": "alpaca_train.json",
            "formatting": "alpaca",
            "columns": {
              "prompt": "instruction",
              "query": "input",
              "response": "output"
            }
          }
        }
        """);
  }
}
