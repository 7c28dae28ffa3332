package dev.quern.engine.proc.odbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import org.junit.jupiter.api.Test;

class OdbcColumnTypeTest {
  private static OdbcColumnType odbc3(SqlType t) {
    return OdbcColumnType.of(t, false, true, true, true);
  }

  @Test
  void maxTypesHaveSizeZeroAsSqlServerReportsThem() {
    OdbcColumnType t = odbc3(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX));
    assertThat(t.dataType()).isEqualTo(-9);
    assertThat(t.precision()).isZero();
    assertThat(t.length()).isZero();
    assertThat(t.charOctetLength()).isZero();
  }

  @Test
  void unicodeLengthIsTwoBytesPerCharacter() {
    OdbcColumnType t = odbc3(SqlType.ofLength(TypeId.NCHAR, 10));
    assertThat(t.precision()).isEqualTo(10);
    assertThat(t.length()).isEqualTo(20);
    assertThat(t.charOctetLength()).isEqualTo(20);
  }

  @Test
  void decimalsTransferPrecisionPlusTwoBytes() {
    OdbcColumnType t = odbc3(SqlType.decimal(12, 3));
    assertThat(t.precision()).isEqualTo(12);
    assertThat(t.length()).isEqualTo(14);
    assertThat(t.scale()).isEqualTo(3);
    assertThat(t.radix()).isEqualTo(10);
  }

  @Test
  void odbc2CallersGetTheOldTimestampCode() {
    OdbcColumnType v3 = odbc3(SqlTypes.DATETIME);
    OdbcColumnType v2 = OdbcColumnType.of(SqlTypes.DATETIME, false, true, false, true);
    assertThat(v3.dataType()).isEqualTo(93);
    assertThat(v2.dataType()).isEqualTo(11);
    assertThat(v2.sqlDataType()).isEqualTo(9);
    assertThat(v2.sqlDatetimeSub()).isEqualTo(3);
  }

  @Test
  void theLegacyProcedureShowsTheNewDateTypesAsNvarchar() {
    OdbcColumnType t = OdbcColumnType.of(SqlType.of(TypeId.DATE), false, true, true, false);
    assertThat(t.dataType()).isEqualTo(-9);
    assertThat(t.typeName()).isEqualTo("date");
    assertThat(t.precision()).isEqualTo(10);
  }

  @Test
  void identityColumnsNameTheirTypeSoAndNullabilityPicksTheTdsCode() {
    assertThat(OdbcColumnType.of(SqlTypes.INT, true, false, true, true).typeName()).isEqualTo("int identity");
    assertThat(OdbcColumnType.of(SqlTypes.INT, false, false, true, true).ssDataType()).isEqualTo(56);
    assertThat(OdbcColumnType.of(SqlTypes.INT, false, true, true, true).ssDataType()).isEqualTo(38);
  }
}
