package dev.quern.tds.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.Hex;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.Truncation;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableValuedParameterTest {
  /**
   * dbo.tt (int, nvarchar(16)) with rows (1, N'ab') and (NULL, NULL), laid out as mssql-jdbc writes
   * a SQLServerDataTable: empty database name, unnamed columns, no ordering tokens.
   */
  private static final String TWO_ROWS = "F3 00 03 640062006F00 03 740074006F00"
      + " 0200 00000000 0900 26 04 00 00000000 0900 E7 2000 0904D00034 00"
      + " 00"
      + " 01 04 01000000 0400 61006200"
      + " 01 00 FFFF"
      + " 00";

  private static TableValuedParameter decode(ByteBuf in) {
    dev.quern.tds.wire.Wire.require(in, 1, "TVP type");
    int type = in.readUnsignedByte();
    if (type != TableValuedParameter.TVP_TYPE) {
      throw new TdsProtocolException("not a TVP");
    }
    return TableValuedParameter.decode(in, TdsVersion.V7_4);
  }

  @Test
  void decodesRowsAsMssqlJdbcSendsThem() {
    TableValuedParameter tvp = decode(Hex.buf(TWO_ROWS));
    assertThat(tvp.schema()).isEqualTo("dbo");
    assertThat(tvp.typeName()).isEqualTo("tto");
    assertThat(tvp.columns()).extracting(c -> c.type().maxLength()).containsExactly(4, 32);
    assertThat(tvp.rows()).hasSize(2);
    assertThat(tvp.rows().get(0)).containsExactly(1, "ab");
    assertThat(tvp.rows().get(1)).containsExactly(null, null);
  }

  @Test
  void roundTripsThroughAnRpcRequest() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rows.add(new Object[] {i, "row " + i});
    }
    TableValuedParameter tvp = new TableValuedParameter("dbo", "lines",
        List.of(new TableValuedParameter.Column("", 0, 0, TypeInfo.intN(4)),
            new TableValuedParameter.Column("", 0, 0, TypeInfo.nvarchar(50))),
        rows);
    RpcRequestMessage m = new RpcRequestMessage(AllHeaders.of(0),
        List.of(RpcCall.byName("dbo.load", List.of(new RpcParameterData("@lines", 0, null, tvp)))));
    ByteBuf out = Unpooled.buffer();
    m.encode(out, TdsVersion.V7_4);
    byte[] b = RequestMessagesTest.toBytes(out);
    RpcParameterData back = RpcRequestMessage.decode(Unpooled.wrappedBuffer(b), TdsVersion.V7_4)
        .calls().getFirst().parameters().getFirst();
    assertThat(back.name()).isEqualTo("@lines");
    TableValuedParameter t = (TableValuedParameter) back.value();
    assertThat(t.typeName()).isEqualTo("lines");
    assertThat(t.rows()).hasSize(300);
    assertThat(t.rows().get(299)).containsExactly(299, "row 299");
    Truncation.onlyProtocolErrorsAtEveryCut(b, in -> RpcRequestMessage.decode(in, TdsVersion.V7_4));
  }

  @Test
  void everyCutShortValueIsAProtocolError() {
    byte[] full = RequestMessagesTest.toBytes(Hex.buf(TWO_ROWS));
    Truncation.failsCleanlyAtEveryCut(full, TableValuedParameterTest::decode);
  }

  @Test
  void readsAndDropsOrderingHints() {
    // One int column, TVP_ORDER_UNIQUE (column 1, flags 0x05) and TVP_COLUMN_ORDERING (column 1).
    TableValuedParameter tvp = decode(Hex.buf(
        "F3 00 00 01 7400 0100 00000000 0000 26 04 00 10 0100 0100 05 11 0100 0100 00 01 04 07000000 00"));
    assertThat(tvp.rows()).hasSize(1);
    assertThat(tvp.rows().getFirst()).containsExactly(7);
  }

  @Test
  void aNullTableHasNoColumnsAndNoRows() {
    TableValuedParameter tvp = decode(Hex.buf("F3 00 00 01 7400 FFFF 00 00"));
    assertThat(tvp.columns()).isEmpty();
    assertThat(tvp.rows()).isEmpty();
  }

  @Test
  void aDefaultColumnSendsNoData() {
    TableValuedParameter tvp = decode(Hex.buf(
        "F3 00 00 01 7400 0200 00000000 0002 26 04 00 00000000 0000 26 04 00 00 01 04 09000000 00"));
    assertThat(tvp.rows().getFirst()).containsExactly(null, 9);
  }

  @Test
  void aDecimalColumnOfAnEmptyTableMayHavePrecisionZero() {
    // mssql-jdbc sizes decimals by the rows it has; with none it sends decimal(0, 0).
    TableValuedParameter tvp = decode(Hex.buf("F3 00 00 01 7400 0100 00000000 0100 6A 11 00 00 00 00 00"));
    assertThat(tvp.columns().getFirst().type().precision()).isEqualTo(38);
    assertThat(tvp.rows()).isEmpty();
  }

  @Test
  void rejectsHugeOrEmptyColumnCounts() {
    assertThatThrownBy(() -> decode(Hex.buf("F3 00 00 01 7400 0105 00")))
        .isInstanceOf(TdsProtocolException.class).hasMessageContaining("1281 columns");
    assertThatThrownBy(() -> decode(Hex.buf("F3 00 00 01 7400 0000 00 00")))
        .isInstanceOf(TdsProtocolException.class).hasMessageContaining("0 columns");
  }

  @Test
  void rejectsAnOrderingOfMoreColumnsThanTheTableHas() {
    assertThatThrownBy(() -> decode(Hex.buf("F3 00 00 01 7400 0100 00000000 0000 26 04 00 11 FFFF")))
        .isInstanceOf(TdsProtocolException.class).hasMessageContaining("ordering of 65535 columns");
  }

  @Test
  void rejectsBadTokensAndADatabaseName() {
    assertThatThrownBy(() -> decode(Hex.buf("F3 00 00 01 7400 0100 00000000 0000 26 04 00 00 02")))
        .isInstanceOf(TdsProtocolException.class).hasMessageContaining("row token 0x2");
    assertThatThrownBy(() -> decode(Hex.buf("F3 00 00 01 7400 0100 00000000 0000 26 04 00 07")))
        .isInstanceOf(TdsProtocolException.class).hasMessageContaining("metadata token 0x7");
    assertThatThrownBy(() -> decode(Hex.buf("F3 01 6400 00 01 7400 FFFF 00 00")))
        .isInstanceOf(TdsProtocolException.class).hasMessageContaining("database part");
    assertThatThrownBy(() -> decode(Hex.buf("F3 00 00 01 7400 FFFF 00 01 00")))
        .isInstanceOf(TdsProtocolException.class).hasMessageContaining("row token 0x1");
  }

  @Test
  void aMalformedTableNamesItsParameter() {
    // sp_executesql (ProcID 10), @t: a TVP whose only row is cut short.
    ByteBuf in = Hex.buf("16000000 12000000 0200 0000000000000000 01000000 FFFF 0A00 0000"
        + " 02 4000 7400 00 F3 00 00 01 7400 0100 00000000 0000 26 04 00 00 01 04 0100");
    assertThatThrownBy(() -> RpcRequestMessage.decode(in, TdsVersion.V7_4))
        .isInstanceOfSatisfying(RpcParameterException.class, e -> {
          assertThat(e.name()).isEqualTo("@t");
          assertThat(e.dataType()).isEqualTo(0xF3);
          assertThat(e.unknownType()).isFalse();
        });
  }
}
