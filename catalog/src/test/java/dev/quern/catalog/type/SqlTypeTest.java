package dev.quern.catalog.type;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTypeTest {
  @Test
  void maxLengthMarksTheMaxForms() {
    assertThat(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX).isMax()).isTrue();
    assertThat(SqlType.ofLength(TypeId.NVARCHAR, 20).isMax()).isFalse();
  }
}
