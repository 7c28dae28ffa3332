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
import org.junit.jupiter.api.Test;

class ColMetadataTokenTest {
  private static final ColMetadataToken BIT_C1 =
      new ColMetadataToken(new ColumnMetadata(0, 0x0005, TypeInfo.fixed(TdsDataType.BIT), null, "c1"));

  @Test
  void writesTheSpecBulkLoadExample() {
    // [MS-TDS §4.12]: one BIT NOT NULL column "c1", flags 0x0005.
    assertThat(encoded(out -> BIT_C1.encode(out, TdsVersion.V7_4)))
        .isEqualTo(hex("81 01 00 | 00 00 00 00 | 05 00 | 32 | 02 63 00 31 00"));
  }

  @Test
  void writesATwoByteUserTypeForTds71() {
    assertThat(encoded(out -> BIT_C1.encode(out, TdsVersion.V7_1)))
        .isEqualTo(hex("81 01 00 | 00 00 | 05 00 | 32 | 02 63 00 31 00"));
    assertThat(decode(hex("81 01 00 | 00 00 | 05 00 | 32 | 02 63 00 31 00"), TdsVersion.V7_1))
        .isEqualTo(BIT_C1);
  }

  @Test
  void writesTableNamesOfTextColumnsPerVersion() {
    ColMetadataToken meta =
        new ColMetadataToken(new ColumnMetadata(0, 1, TypeInfo.ntext(), "dbo.t", "n"));
    String ntext = "63 FE FF FF 7F 09 04 D0 00 34";
    assertThat(encoded(out -> meta.encode(out, TdsVersion.V7_4)))
        .isEqualTo(hex("81 01 00 00 00 00 00 01 00 " + ntext
            + " | 02 03 00 64 00 62 00 6F 00 | 01 00 74 00 | 01 6E 00"));
    assertThat(encoded(out -> meta.encode(out, TdsVersion.V7_1)))
        .isEqualTo(hex("81 01 00 00 00 01 00 " + ntext
            + " | 05 00 64 00 62 00 6F 00 2E 00 74 00 | 01 6E 00"));
    assertRoundTrips(meta, TdsVersion.V7_4);
    assertRoundTrips(meta, TdsVersion.V7_1);
    ColMetadataToken noTable =
        new ColMetadataToken(new ColumnMetadata(0, 1, TypeInfo.image(), null, "i"));
    assertRoundTrips(noTable, TdsVersion.V7_4);
    assertRoundTrips(noTable, TdsVersion.V7_1);
  }

  @Test
  void roundTripsManyColumnTypes() {
    ColMetadataToken meta =
        new ColMetadataToken(
            ColumnMetadata.of("id", TypeInfo.intN(4), false),
            ColumnMetadata.of("name", TypeInfo.nvarchar(50), true),
            ColumnMetadata.of("body", TypeInfo.nvarchar(-1), true),
            ColumnMetadata.of("price", TypeInfo.decimalN(18, 4), true),
            ColumnMetadata.of("at", TypeInfo.datetime2(7), true),
            ColumnMetadata.of("v", TypeInfo.sqlVariant(), true),
            ColumnMetadata.of("code", TypeInfo.varchar(10, Collation.DEFAULT), true),
            new ColumnMetadata(ColumnMetadata.USER_TYPE_TIMESTAMP, 0x0008, TypeInfo.binary(8), null, "ts"),
            ColumnMetadata.of("", TypeInfo.xml(), true));
    assertRoundTrips(meta, TdsVersion.V7_4);
    assertRoundTrips(meta, TdsVersion.V8_0);
    assertEveryPrefixNeedsMore(
        encoded(out -> meta.encode(out, TdsVersion.V7_4)),
        in -> ColMetadataToken.decode(in, TdsVersion.V7_4));
  }

  @Test
  void readsNoMetadataAsNoColumns() {
    assertThat(encoded(ColMetadataToken::encodeNoMetadata)).isEqualTo(hex("81 FF FF"));
    assertThat(decode(hex("81 FF FF"), TdsVersion.V7_4).columns()).isEmpty();
  }

  @Test
  void rejectsMalformedMetadata() {
    assertThatThrownBy(() -> decode(hex("D1 01 00"), TdsVersion.V7_4))
        .isInstanceOf(TdsProtocolException.class);
    assertThatThrownBy(() -> decode(hex("81 01 10"), TdsVersion.V7_4)) // 4097 columns
        .isInstanceOf(TdsProtocolException.class);
    assertThatThrownBy(
            () -> decode(hex("81 01 00 00 00 00 00 01 00 22 FF FF FF 7F 05"), TdsVersion.V7_4))
        .isInstanceOf(TdsProtocolException.class); // 5-part table name
  }

  @Test
  void exposesFlags() {
    ColumnMetadata c =
        new ColumnMetadata(0, ColumnMetadata.FLAG_NULLABLE | ColumnMetadata.FLAG_IDENTITY
            | ColumnMetadata.FLAG_UPDATEABLE_UNKNOWN, TypeInfo.intN(4), null, "id");
    assertThat(c.nullable()).isTrue();
    assertThat(c.identity()).isTrue();
    assertThat(c.computed()).isFalse();
    assertThat(c.updateable()).isEqualTo(2);
    assertThat(ColumnMetadata.of("x", TypeInfo.intN(4), false).nullable()).isFalse();
  }

  private static ColMetadataToken decode(byte[] bytes, int version) {
    return decodeAll(bytes, in -> ColMetadataToken.decode(in, version));
  }

  private static void assertRoundTrips(ColMetadataToken meta, int version) {
    assertThat(decode(encoded(out -> meta.encode(out, version)), version)).isEqualTo(meta);
  }
}
