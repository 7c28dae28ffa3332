package dev.quern.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
  @Test
  void matchesOnlyItsPassword() {
    PasswordHash h = PasswordHash.of("S3cret!pw", 1000);
    assertThat(h.matches("S3cret!pw")).isTrue();
    assertThat(h.matches("s3cret!pw")).isFalse();
    assertThat(h.matches("")).isFalse();
    assertThat(h.matches(null)).isFalse();
  }

  @Test
  void textFormRoundTripsAndNeverHoldsThePassword() {
    PasswordHash h = PasswordHash.of("S3cret!pw", 1000);
    String text = h.encode();
    assertThat(text).startsWith("pbkdf2-sha256:1000:").doesNotContain("S3cret");
    PasswordHash back = PasswordHash.decode(text);
    assertThat(back.iterations()).isEqualTo(1000);
    assertThat(back.matches("S3cret!pw")).isTrue();
  }

  @Test
  void saltsDiffer() {
    assertThat(PasswordHash.of("same", 1000).encode()).isNotEqualTo(PasswordHash.of("same", 1000).encode());
  }

  @Test
  void rejectsAnotherFormat() {
    assertThatThrownBy(() -> PasswordHash.decode("md5:abc")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultWorkFactorIsTheSaFilesOne() {
    assertThat(PasswordHash.of("x").iterations()).isEqualTo(120_000);
  }
}
