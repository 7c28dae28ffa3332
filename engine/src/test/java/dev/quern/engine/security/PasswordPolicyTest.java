package dev.quern.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void needsEightCharactersFromThreeClasses() {
    assertThat(PasswordPolicy.complexEnough("Abcdef1!", "u")).isTrue();
    assertThat(PasswordPolicy.complexEnough("abcdef12", "u")).isFalse(); // two classes
    assertThat(PasswordPolicy.complexEnough("Abcdef12", "u")).isTrue(); // upper, lower, digit
    assertThat(PasswordPolicy.complexEnough("Ab1!", "u")).isFalse(); // too short
    assertThat(PasswordPolicy.complexEnough("password", "u")).isFalse();
  }

  @Test
  void mayNotContainTheLoginName() {
    assertThat(PasswordPolicy.complexEnough("xxAlice9!", "alice")).isFalse();
    assertThat(PasswordPolicy.complexEnough("xxBob99!z", "alice")).isTrue();
  }
}
