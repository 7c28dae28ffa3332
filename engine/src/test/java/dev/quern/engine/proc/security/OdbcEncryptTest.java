package dev.quern.engine.proc.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OdbcEncryptTest {
  @Test
  void revealsWhatTheEncryptFunctionSends() {
    String sent = OdbcEncrypt.obfuscate("Pay-r0le!x");
    assertThat(sent).isNotEqualTo("Pay-r0le!x");
    assertThat(OdbcEncrypt.reveal(sent)).isEqualTo("Pay-r0le!x");
  }

  @Test
  void eachByteIsXoredThenNibbleSwapped() {
    // 'a' is 0x61 0x00 in UCS-2: swapped 0x16 0x00, XOR 0xA5 gives 0xB3 0xA5, as LOGIN7 passwords are sent.
    assertThat(OdbcEncrypt.obfuscate("a")).isEqualTo(String.valueOf((char) 0xA5B3));
    assertThat(OdbcEncrypt.reveal(0xB3)).isEqualTo(0x61);
    assertThat(OdbcEncrypt.reveal(0xA5)).isEqualTo(0x00);
  }
}
