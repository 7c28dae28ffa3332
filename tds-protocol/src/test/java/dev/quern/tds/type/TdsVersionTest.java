package dev.quern.tds.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.TdsProtocolException;
import org.junit.jupiter.api.Test;

class TdsVersionTest {
  @Test
  void ranksEightZeroAboveEverySevenVersion() {
    assertThat(TdsVersion.atLeast74(TdsVersion.V8_0)).isTrue();
    assertThat(TdsVersion.atLeast73(TdsVersion.V8_0)).isTrue();
    assertThat(TdsVersion.atLeast72(TdsVersion.V8_0)).isTrue();
    assertThat(TdsVersion.rank(TdsVersion.V8_0)).isGreaterThan(TdsVersion.rank(TdsVersion.V7_4));
  }

  @Test
  void comparesSevenVersions() {
    assertThat(TdsVersion.atLeast72(TdsVersion.V7_1)).isFalse();
    assertThat(TdsVersion.atLeast72(TdsVersion.V7_2)).isTrue();
    assertThat(TdsVersion.atLeast73(TdsVersion.V7_2)).isFalse();
    assertThat(TdsVersion.atLeast73(TdsVersion.V7_3A)).isTrue();
    assertThat(TdsVersion.atLeast73B(TdsVersion.V7_3A)).isFalse();
    assertThat(TdsVersion.atLeast73B(TdsVersion.V7_3B)).isTrue();
    assertThat(TdsVersion.atLeast74(TdsVersion.V7_3B)).isFalse();
    assertThat(TdsVersion.atLeast74(TdsVersion.V7_4)).isTrue();
  }

  @Test
  void negotiatesTheHighestKnownVersionNotAboveTheClients() {
    assertThat(TdsVersion.fromLogin(0x74000004)).isEqualTo(TdsVersion.V7_4);
    assertThat(TdsVersion.fromLogin(0x71000001)).isEqualTo(TdsVersion.V7_1);
    assertThat(TdsVersion.fromLogin(0x08000000)).isEqualTo(TdsVersion.V8_0);
    assertThat(TdsVersion.fromLogin(0x75000000)).isEqualTo(TdsVersion.V7_4);
    assertThat(TdsVersion.fromLogin(0x730B0003)).isEqualTo(TdsVersion.V7_3B);
    assertThatThrownBy(() -> TdsVersion.fromLogin(0x04020000))
        .isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void namesVersions() {
    assertThat(TdsVersion.name(TdsVersion.V7_3A)).isEqualTo("7.3A");
    assertThat(TdsVersion.name(TdsVersion.V8_0)).isEqualTo("8.0");
  }
}
