package dev.quern.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchConfigTest {

  @Test
  void rowsAndSecondsOverrideTheDefaults() {
    BenchConfig c = BenchConfig.parse(new String[] {"--only=insert-1,full-scan", "--rows=5000", "--seconds=2"});

    assertThat(c.rows()).isEqualTo(5000);
    assertThat(c.seconds()).isEqualTo(2);
    assertThat(c.selected("full-scan")).isTrue();
    assertThat(c.selected("stream")).isFalse();
  }

  @Test
  void anEmptyGroupNameIsNeverSelectedByAnOnlyList() {
    BenchConfig c = BenchConfig.parse(new String[] {"--only=tables"});

    assertThat(c.selected("tables")).isTrue();
    assertThat(c.selected("")).isFalse();
    assertThat(BenchConfig.parse(new String[0]).selected("")).isTrue();
  }

  @Test
  void rejectsNonPositiveSizes() {
    assertThatThrownBy(() -> BenchConfig.parse(new String[] {"--seconds=0"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--seconds");
  }
}
