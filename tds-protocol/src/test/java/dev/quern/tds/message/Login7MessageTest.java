package dev.quern.tds.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.Hex;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.Truncation;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Login7MessageTest {
  static Login7Message jdbcLogin() {
    return new Login7Message(
        TdsVersion.V7_4, 8000, 0x0D000000, 1234, 0, 0xE0, 0x03, 0x00, 0x18, 0, 0x409, "host1",
        "sa", "Secret#1", "Microsoft JDBC Driver for SQL Server", "localhost",
        "Microsoft JDBC Driver 13.6", "", "master", new byte[] {1, 2, 3, 4, 5, 6}, new byte[0], "",
        "",
        List.of(
            new FeatureExtension(FeatureExtension.COLUMNENCRYPTION, new byte[] {1}),
            new FeatureExtension(FeatureExtension.UTF8_SUPPORT, new byte[0])));
  }

  static Login7Message jtdsLogin() {
    return new Login7Message(
        TdsVersion.V7_1, 0, 0, 1, 0, 0xE0, 0x03, 0, 0, 0, 0, "h", "sa", "pw", "jTDS", "srv",
        "jTDS", "", "", new byte[6], new byte[0], "", "", null);
  }

  static byte[] bytes(Login7Message m) {
    ByteBuf out = Unpooled.buffer();
    m.encode(out);
    byte[] b = new byte[out.readableBytes()];
    out.readBytes(b);
    return b;
  }

  @Test
  void roundTripsA74LoginWithFeatures() {
    Login7Message back = Login7Message.decode(Unpooled.wrappedBuffer(bytes(jdbcLogin())));
    assertThat(back.toString()).isEqualTo(jdbcLogin().toString());
    assertThat(back.password()).isEqualTo("Secret#1");
    assertThat(back.features()).isEqualTo(jdbcLogin().features());
    assertThat(back.requestsFeature(FeatureExtension.UTF8_SUPPORT)).isTrue();
    assertThat(back.clientId()).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void roundTripsA71LoginWithTheShortFixedPart() {
    byte[] b = bytes(jtdsLogin());
    assertThat(Unpooled.wrappedBuffer(b).getUnsignedShortLE(36)).isEqualTo(86);
    Login7Message back = Login7Message.decode(Unpooled.wrappedBuffer(b));
    assertThat(back.userName()).isEqualTo("sa");
    assertThat(back.password()).isEqualTo("pw");
    assertThat(back.features()).isNull();
    assertThat(back.packetSize()).isZero();
  }

  @Test
  void deobfuscatesPasswordBytes() {
    // 'a' = 61 00: swap nibbles 16 then XOR A5 = B3; 00 -> A5.
    byte[] wire = Login7Message.obfuscate("a".getBytes(StandardCharsets.UTF_16LE), false);
    assertThat(Hex.of(wire)).isEqualTo("b3a5");
    assertThat(Login7Message.obfuscate(wire, true)).containsExactly(0x61, 0x00);
  }

  @Test
  void everyTruncationIsAProtocolError() {
    Truncation.failsCleanlyAtEveryCut(bytes(jdbcLogin()), Login7Message::decode);
  }

  @Test
  void rejectsOffsetsPointingOutside() {
    byte[] b = bytes(jtdsLogin());
    Unpooled.wrappedBuffer(b).setShortLE(40, 0x7000);
    assertThatThrownBy(() -> Login7Message.decode(Unpooled.wrappedBuffer(b)))
        .isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void rejectsOverlongNames() {
    byte[] b = bytes(jtdsLogin());
    Unpooled.wrappedBuffer(b).setShortLE(42, 200);
    assertThatThrownBy(() -> Login7Message.decode(Unpooled.wrappedBuffer(b)))
        .isInstanceOf(TdsProtocolException.class)
        .hasMessageContaining("UserName");
  }
}
