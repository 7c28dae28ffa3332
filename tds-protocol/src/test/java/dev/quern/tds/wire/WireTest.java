package dev.quern.tds.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.Hex;
import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class WireTest {
  @Test
  void writesBVarcharAsCharCountAndUtf16() {
    ByteBuf out = Unpooled.buffer();
    Wire.writeBVarchar(out, "c1");
    assertThat(Hex.of(out)).isEqualTo("0263003100");
    assertThat(Wire.readBVarchar(out, "name")).isEqualTo("c1");
  }

  @Test
  void roundTripsUsVarcharAndBVarbyte() {
    ByteBuf out = Unpooled.buffer();
    Wire.writeUsVarchar(out, "héllo");
    Wire.writeBVarbyte(out, new byte[] {1, 2, 3});
    assertThat(Wire.readUsVarchar(out, "s")).isEqualTo("héllo");
    assertThat(Wire.readBVarbyte(out, "b")).containsExactly(1, 2, 3);
  }

  @Test
  void truncatedStringIsAProtocolError() {
    ByteBuf in = Hex.buf("05 41 00");
    assertThatThrownBy(() -> Wire.readBVarchar(in, "name"))
        .isInstanceOf(TdsProtocolException.class)
        .hasMessageContaining("name");
  }

  @Test
  void refusesToWriteOverlongBVarchar() {
    assertThatThrownBy(() -> Wire.writeBVarchar(Unpooled.buffer(), "x".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
