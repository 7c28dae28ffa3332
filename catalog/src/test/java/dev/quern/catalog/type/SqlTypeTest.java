package dev.quern.catalog.type;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTypeTest {
  @Test
  void maxLengthMarksTheMaxForms() {
    assertThat(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX).isMax()).isTrue();
    assertThat(SqlType.ofLength(TypeId.NVARCHAR, 20).isMax()).isFalse();
  }

  @Test
  void typesAreEqualExactlyWhenEveryFacetIs() {
    SqlType decimal = SqlType.decimal(18, 4);
    assertThat(decimal).isEqualTo(new SqlType(TypeId.DECIMAL, 0, 18, 4));
    assertThat(decimal.hashCode()).isEqualTo(new SqlType(TypeId.DECIMAL, 0, 18, 4).hashCode());
    assertThat(decimal)
        .isNotEqualTo(SqlType.decimal(18, 3))
        .isNotEqualTo(SqlType.decimal(19, 4))
        .isNotEqualTo(new SqlType(TypeId.NUMERIC, 0, 18, 4))
        .isNotEqualTo(new SqlType(TypeId.DECIMAL, 1, 18, 4))
        .isNotEqualTo(null)
        .isNotEqualTo("decimal(18,4)");
    assertThat(SqlType.ofLength(TypeId.NVARCHAR, 20))
        .isEqualTo(SqlType.ofLength(TypeId.NVARCHAR, 20))
        .isNotEqualTo(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX));
  }
}
