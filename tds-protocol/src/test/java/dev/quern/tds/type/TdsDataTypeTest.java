package dev.quern.tds.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.TdsProtocolException;
import org.junit.jupiter.api.Test;

class TdsDataTypeTest {
  @Test
  void mapsEveryTokenBackToItsType() {
    for (TdsDataType t : TdsDataType.values()) {
      assertThat(TdsDataType.of(t.token())).isSameAs(t);
    }
    assertThat(TdsDataType.of(0xE7)).isEqualTo(TdsDataType.NVARCHAR);
    assertThat(TdsDataType.of(0x62)).isEqualTo(TdsDataType.SSVARIANT);
  }

  @Test
  void rejectsUnknownTokens() {
    assertThatThrownBy(() -> TdsDataType.of(0x00)).isInstanceOf(TdsProtocolException.class);
    assertThatThrownBy(() -> TdsDataType.of(0xF3)).isInstanceOf(TdsProtocolException.class);
    assertThatThrownBy(() -> TdsDataType.of(0x1E7)).isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void knowsWhichTypesCarryACollation() {
    assertThat(TdsDataType.NVARCHAR.hasCollation()).isTrue();
    assertThat(TdsDataType.TEXT.hasCollation()).isTrue();
    assertThat(TdsDataType.VARCHAR.hasCollation()).isFalse(); // legacy 0x27
    assertThat(TdsDataType.BIGVARBINARY.hasCollation()).isFalse();
  }
}
