package dev.quern.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SupportedCollations;
import dev.quern.tds.type.Collation;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class WireCollationsTest {
  private static byte[] bytes(String name) {
    return WireCollations.of(SupportedCollations.find(name)).toBytes();
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02X", x & 0xFF));
    }
    return s.toString();
  }

  @Test
  void sqlCollationsCarryTheirSortOrder() {
    assertThat(hex(bytes("SQL_Latin1_General_CP1_CI_AS"))).isEqualTo("0904D00034");
    assertThat(hex(bytes("SQL_Latin1_General_CP1_CS_AS"))).isEqualTo("0904C00033");
    assertThat(hex(bytes("SQL_Latin1_General_CP1_CI_AI"))).isEqualTo("0904F00036");
  }

  @Test
  void windowsCollationsCarryTheirFlagsAndVersion() {
    assertThat(hex(bytes("Latin1_General_CI_AS"))).isEqualTo("0904D00000");
    assertThat(hex(bytes("Latin1_General_CS_AS"))).isEqualTo("0904C00000");
    assertThat(hex(bytes("Latin1_General_BIN"))).isEqualTo("0904000100");
    assertThat(hex(bytes("Latin1_General_BIN2"))).isEqualTo("0904000200");
    assertThat(hex(bytes("Latin1_General_100_CI_AS"))).isEqualTo("0904D01000");
  }

  @Test
  void everyCollationDecodesVarcharAsCodePage1252() {
    for (var c : SupportedCollations.all()) {
      Collation wire = WireCollations.of(c);
      assertThat(wire.lcid()).isEqualTo(1033);
      assertThat(wire.charset()).as(c.name()).isEqualTo(Charset.forName("windows-1252"));
    }
  }

  @Test
  void characterColumnsSendTheirCollationOthersNone() {
    var bin2 = SupportedCollations.find("Latin1_General_BIN2");
    TypeInfo varchar = WireTypes.typeInfo(SqlType.ofLength(TypeId.VARCHAR, 10), true, TdsVersion.V7_4, bin2);
    TypeInfo nvarchar = WireTypes.typeInfo(SqlType.ofLength(TypeId.NVARCHAR, 10), true, TdsVersion.V7_4, bin2);
    TypeInfo integer = WireTypes.typeInfo(SqlType.of(TypeId.INT), true, TdsVersion.V7_4, bin2);
    assertThat(varchar.collation()).isEqualTo(WireCollations.of(bin2));
    assertThat(nvarchar.collation()).isEqualTo(WireCollations.of(bin2));
    assertThat(integer.collation()).isNull();
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.VARCHAR, 10), true, TdsVersion.V7_4, null).collation())
        .isEqualTo(Collation.DEFAULT);
  }
}
