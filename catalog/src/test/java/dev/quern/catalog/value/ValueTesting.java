package dev.quern.catalog.value;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shorthands for value tests: types by T-SQL name, errors by number and text. */
final class ValueTesting {
  private ValueTesting() {}

  static SqlType t(String name) {
    return SqlTypes.parseForCast(name);
  }

  /** CAST(value AS type) where value has type {@code from}. */
  static Object cast(Object value, String from, String to) {
    return Conversions.convert(value, t(from), t(to));
  }

  static Object convert(String to, Object value, String from, int style) {
    return Conversions.convert(value, t(from), t(to), style);
  }

  static void assertError(ThrowingCallable call, int number, String text) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SqlValueException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.number()).isEqualTo(number);
              org.assertj.core.api.Assertions.assertThat(e.text()).isEqualTo(text);
              org.assertj.core.api.Assertions.assertThat(e.severity()).isEqualTo(16);
            });
  }
}
