package dev.quern.tds.token;

import static dev.quern.tds.type.WireFixtures.assertEveryPrefixNeedsMore;
import static dev.quern.tds.type.WireFixtures.decodeAll;
import static dev.quern.tds.type.WireFixtures.encoded;
import static dev.quern.tds.type.WireFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.Collation;
import dev.quern.tds.type.TdsDataType;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import dev.quern.tds.type.VariantValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RowTokensTest {
  private static final int V74 = TdsVersion.V7_4;
  private static final ColMetadataToken THREE_INTS =
      new ColMetadataToken(
          ColumnMetadata.of("a", TypeInfo.intN(4), true),
          ColumnMetadata.of("b", TypeInfo.intN(4), true),
          ColumnMetadata.of("c", TypeInfo.intN(4), true));

  private static final ColMetadataToken MIXED =
      new ColMetadataToken(
          ColumnMetadata.of("id", TypeInfo.intN(8), false),
          ColumnMetadata.of("name", TypeInfo.nvarchar(20), true),
          ColumnMetadata.of("body", TypeInfo.nvarchar(-1), true),
          ColumnMetadata.of("price", TypeInfo.decimalN(18, 4), true),
          ColumnMetadata.of("day", TypeInfo.date(), true),
          ColumnMetadata.of("at", TypeInfo.datetimeN(8), true),
          ColumnMetadata.of("g", TypeInfo.guid(), true),
          ColumnMetadata.of("v", TypeInfo.sqlVariant(), true),
          ColumnMetadata.of("t", TypeInfo.text(Collation.DEFAULT), true),
          ColumnMetadata.of("code", TypeInfo.varchar(5, Collation.DEFAULT), true));

  private static final Object[] MIXED_ROW = {
    7L,
    "név",
    "long ✓",
    new BigDecimal("12.3400"),
    LocalDate.of(2024, 1, 15),
    LocalDateTime.of(2024, 1, 15, 1, 2, 3, 7_000_000),
    new UUID(3, 4),
    new VariantValue(TypeInfo.fixed(TdsDataType.INT4), 9),
    "text",
    "abc"
  };

  @Test
  void writesARowOfValuesInColumnOrder() {
    assertThat(encoded(out -> RowToken.encode(out, THREE_INTS, new Object[] {1, null, 3}, V74)))
        .isEqualTo(hex("D1 04 01 00 00 00 | 00 | 04 03 00 00 00"));
  }

  @Test
  void writesTheSpecBulkLoadRow() {
    // [MS-TDS §4.12]: one BIT NOT NULL column, value 0.
    ColMetadataToken bit =
        new ColMetadataToken(new ColumnMetadata(0, 0x0005, TypeInfo.fixed(TdsDataType.BIT), null, "c1"));
    assertThat(encoded(out -> RowToken.encode(out, bit, new Object[] {false}, V74)))
        .isEqualTo(hex("D1 00"));
  }

  @Test
  void writesANullBitmapRow() {
    assertThat(encoded(out -> NbcRowToken.encode(out, THREE_INTS, new Object[] {1, null, 3}, V74)))
        .isEqualTo(hex("D2 02 | 04 01 00 00 00 | 04 03 00 00 00"));
    ColMetadataToken nine =
        new ColMetadataToken(java.util.Collections.nCopies(9, ColumnMetadata.of("x", TypeInfo.intN(1), true)));
    Object[] values = new Object[9];
    values[8] = 5;
    assertThat(encoded(out -> NbcRowToken.encode(out, nine, values, V74)))
        .isEqualTo(hex("D2 FF 00 | 01 05"));
  }

  @Test
  void roundTripsMixedRowsBothWays() {
    Object[] nulls = new Object[MIXED_ROW.length];
    nulls[0] = 1L;
    for (Object[] row : new Object[][] {MIXED_ROW, nulls}) {
      byte[] asRow = encoded(out -> RowToken.encode(out, MIXED, row, V74));
      assertThat((Object) decodeAll(asRow, in -> RowToken.decode(in, MIXED, V74))).isEqualTo(row);
      byte[] asNbc = encoded(out -> NbcRowToken.encode(out, MIXED, row, V74));
      assertThat((Object) decodeAll(asNbc, in -> NbcRowToken.decode(in, MIXED, V74))).isEqualTo(row);
    }
  }

  @Test
  void everyCutShortRowNeedsMore() {
    assertEveryPrefixNeedsMore(
        encoded(out -> RowToken.encode(out, MIXED, MIXED_ROW, V74)),
        in -> RowToken.decode(in, MIXED, V74));
    assertEveryPrefixNeedsMore(
        encoded(out -> NbcRowToken.encode(out, MIXED, MIXED_ROW, V74)),
        in -> NbcRowToken.decode(in, MIXED, V74));
  }

  @Test
  void picksNbcRowOnlyWhenAllowedAndSmaller() {
    Object[] oneNull = {1, null, 3};
    Object[] twoNulls = {1, null, null};
    assertThat(first(THREE_INTS, oneNull, V74)).isEqualTo(RowToken.TOKEN); // same size: ROW
    assertThat(first(THREE_INTS, twoNulls, V74)).isEqualTo(NbcRowToken.TOKEN);
    assertThat(first(THREE_INTS, twoNulls, TdsVersion.V8_0)).isEqualTo(NbcRowToken.TOKEN);
    assertThat(first(THREE_INTS, twoNulls, TdsVersion.V7_3A)).isEqualTo(RowToken.TOKEN);
    assertThat(first(THREE_INTS, twoNulls, TdsVersion.V7_2)).isEqualTo(RowToken.TOKEN);
    assertThat(first(THREE_INTS, new Object[] {1, 2, 3}, V74)).isEqualTo(RowToken.TOKEN);
    ColMetadataToken fixed =
        new ColMetadataToken(java.util.Collections.nCopies(5, ColumnMetadata.of("f", TypeInfo.fixed(TdsDataType.INT4), false)));
    Object[] fixedNulls = {null, null, null, 4, null};
    assertThat(first(fixed, fixedNulls, V74)).isEqualTo(NbcRowToken.TOKEN);
    byte[] nbc = encoded(out -> NbcRowToken.encodeBest(out, fixed, fixedNulls, V74));
    assertThat((Object) decodeAll(nbc, in -> NbcRowToken.decode(in, fixed, V74))).isEqualTo(fixedNulls);
    assertThatThrownBy(() -> encoded(out -> NbcRowToken.encodeBest(out, fixed, fixedNulls, TdsVersion.V7_2)))
        .isInstanceOf(IllegalArgumentException.class);
    ColMetadataToken maxes =
        new ColMetadataToken(ColumnMetadata.of("m", TypeInfo.nvarchar(-1), true));
    assertThat(first(maxes, new Object[] {null}, V74)).isEqualTo(NbcRowToken.TOKEN);
  }

  @Test
  void writesTds71RowsWithTextInsteadOfMaxTypes() {
    ColMetadataToken meta =
        new ColMetadataToken(
            ColumnMetadata.of("n", TypeInfo.ntext(), true),
            ColumnMetadata.of("i", TypeInfo.intN(4), true));
    Object[] row = {"x", 2};
    byte[] bytes = encoded(out -> RowToken.encode(out, meta, row, TdsVersion.V7_1));
    assertThat((Object) decodeAll(bytes, in -> RowToken.decode(in, meta, TdsVersion.V7_1))).isEqualTo(row);
    assertThatThrownBy(() -> encoded(out -> NbcRowToken.encode(out, meta, row, TdsVersion.V7_1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> decodeAll(hex("D2 00 01 00 00 00 78 00"), in -> NbcRowToken.decode(in, meta, TdsVersion.V7_1)))
        .isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void rejectsRowsThatDoNotMatchTheirMetadata() {
    assertThatThrownBy(() -> encoded(out -> RowToken.encode(out, THREE_INTS, new Object[] {1}, V74)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> decodeAll(hex("D2 00"), in -> RowToken.decode(in, THREE_INTS, V74)))
        .isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void leavesTheBufferUntouchedWhenAValueDoesNotFit() {
    io.netty.buffer.ByteBuf out = io.netty.buffer.Unpooled.buffer();
    try {
      out.writeByte(0x42);
      Object[] bad = {1, 2, "not an int"};
      assertThatThrownBy(() -> RowToken.encode(out, THREE_INTS, bad, V74))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> NbcRowToken.encode(out, THREE_INTS, bad, V74))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(out.writerIndex()).isEqualTo(1);
    } finally {
      out.release();
    }
  }

  private static int first(ColMetadataToken meta, Object[] row, int version) {
    return encoded(out -> NbcRowToken.encodeBest(out, meta, row, version))[0] & 0xFF;
  }
}
