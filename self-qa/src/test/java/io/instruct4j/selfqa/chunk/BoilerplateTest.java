package io.instruct4j.selfqa.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

  @Test
  void should_recognise_navigation_and_copyright_lines() {
    assertThat(Boilerplate.isBoilerplate("Home | Products | Support | Contact us")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Home > Support > Manuals")).isTrue();
    assertThat(Boilerplate.isBoilerplate("首页 | 产品中心 | 技术支持")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Copyright 2025 Helios Energy\nAll rights reserved.")).isTrue();
    assertThat(Boilerplate.isBoilerplate("版权所有 © 2025 示例能源有限公司")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Back to top")).isTrue();
    assertThat(Boilerplate.isBoilerplate("第 3 页")).isTrue();
  }

  @Test
  void should_leave_content_alone_even_with_one_boilerplate_line() {
    assertThat(Boilerplate.isBoilerplate("Model | Capacity | Power\nH10 | 10 kWh | 5 kW")).isFalse();
    assertThat(Boilerplate.isBoilerplate("The warranty covers ten years.\n© 2025 Helios Energy")).isFalse();
    assertThat(Boilerplate.isBoilerplate("Charge | discharge | idle are the three modes of the unit.")).isFalse();
    assertThat(Boilerplate.isBoilerplate("   ")).isFalse();
  }
}
