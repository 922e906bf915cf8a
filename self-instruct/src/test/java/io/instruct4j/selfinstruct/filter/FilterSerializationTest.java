package io.instruct4j.selfinstruct.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Beam ships DoFns, and the filters they hold, to workers by Java serialization. */
class FilterSerializationTest {

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void should_survive_java_serialization_with_the_same_decisions() throws Exception {
    FilterChain unit = roundTrip(PaperFilters.forLanguage("zh", null, null, List.of("股票")));

    assertThat(unit.names()).containsExactly(
        "length", "blocklist", "write_a_program", "leading_punctuation", "leading_character");
    assertThat(unit.check("分析这只股票的走势。")).contains(new FilterRejection("blocklist", "contains blocklisted term '股票'"));
    assertThat(unit.check("《论语》中“学而时习之”是什么意思？")).isEmpty();
  }
}
