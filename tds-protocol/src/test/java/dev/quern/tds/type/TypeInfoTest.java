package dev.quern.tds.type;

import static dev.quern.tds.type.WireFixtures.assertEveryPrefixRejected;
import static dev.quern.tds.type.WireFixtures.decodeAll;
import static dev.quern.tds.type.WireFixtures.encoded;
import static dev.quern.tds.type.WireFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.TdsProtocolException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TypeInfoTest {
  private static final int V74 = TdsVersion.V7_4;

  static List<TypeInfo> everyFactory() {
    return List.of(
        TypeInfo.nullType(),
        TypeInfo.fixed(TdsDataType.INT4),
        TypeInfo.fixed(TdsDataType.DATETIME),
        TypeInfo.intN(1),
        TypeInfo.intN(2),
        TypeInfo.intN(4),
        TypeInfo.intN(8),
        TypeInfo.bitN(),
        TypeInfo.fltN(4),
        TypeInfo.fltN(8),
        TypeInfo.moneyN(4),
        TypeInfo.moneyN(8),
        TypeInfo.decimalN(38, 10),
        TypeInfo.numericN(5, 2),
        TypeInfo.datetimeN(4),
        TypeInfo.datetimeN(8),
        TypeInfo.date(),
        TypeInfo.time(0),
        TypeInfo.time(7),
        TypeInfo.datetime2(3),
        TypeInfo.datetimeOffset(7),
        TypeInfo.guid(),
        TypeInfo.nvarchar(10),
        TypeInfo.nvarchar(-1),
        TypeInfo.nchar(4000),
        TypeInfo.varchar(8000, Collation.DEFAULT),
        TypeInfo.varchar(-1, Collation.DEFAULT),
        TypeInfo.charType(1, Collation.DEFAULT),
        TypeInfo.varbinary(16),
        TypeInfo.varbinary(-1),
        TypeInfo.binary(8),
        TypeInfo.ntext(),
        TypeInfo.text(Collation.DEFAULT),
        TypeInfo.image(),
        TypeInfo.xml(),
        TypeInfo.sqlVariant());
  }

  @ParameterizedTest
  @MethodSource("everyFactory")
  void roundTripsEveryType(TypeInfo info) {
    byte[] bytes = encoded(out -> info.encode(out, V74));
    assertThat(decode(bytes, V74)).isEqualTo(info);
  }

  @ParameterizedTest
  @MethodSource("everyFactory")
  void rejectsEveryTruncatedTypeInfo(TypeInfo info) {
    assertEveryPrefixRejected(encoded(out -> info.encode(out, V74)), in -> TypeInfo.decode(in, V74));
  }

  @Test
  void writesTheSpecLayouts() {
    assertThat(bytes(TypeInfo.intN(4))).isEqualTo(hex("26 04"));
    assertThat(bytes(TypeInfo.fixed(TdsDataType.BIT))).isEqualTo(hex("32"));
    assertThat(bytes(TypeInfo.nvarchar(4000))).isEqualTo(hex("E7 40 1F | 09 04 D0 00 34"));
    assertThat(bytes(TypeInfo.nvarchar(-1))).isEqualTo(hex("E7 FF FF | 09 04 D0 00 34"));
    assertThat(bytes(TypeInfo.varbinary(-1))).isEqualTo(hex("A5 FF FF"));
    assertThat(bytes(TypeInfo.decimalN(38, 2))).isEqualTo(hex("6A 11 26 02"));
    assertThat(bytes(TypeInfo.decimalN(5, 2))).isEqualTo(hex("6A 05 05 02"));
    assertThat(bytes(TypeInfo.date())).isEqualTo(hex("28"));
    assertThat(bytes(TypeInfo.datetime2(7))).isEqualTo(hex("2A 07"));
    assertThat(bytes(TypeInfo.xml())).isEqualTo(hex("F1 00"));
    assertThat(bytes(TypeInfo.ntext())).isEqualTo(hex("63 FE FF FF 7F | 09 04 D0 00 34"));
    assertThat(bytes(TypeInfo.image())).isEqualTo(hex("22 FF FF FF 7F"));
    assertThat(bytes(TypeInfo.sqlVariant())).isEqualTo(hex("62 49 1F 00 00"));
    assertThat(bytes(TypeInfo.guid())).isEqualTo(hex("24 10"));
  }

  @Test
  void readsXmlWithASchemaCollectionAsUntypedXml() {
    byte[] typed = hex("F1 01 | 01 64 00 | 01 73 00 | 01 00 63 00");
    assertThat(decode(typed, V74)).isEqualTo(TypeInfo.xml());
  }

  @Test
  void writesAClrTypeWithItsNamesAsColmetadataHasThem() {
    TypeInfo udt = TypeInfo.udt(892, new UdtInfo("db", "sys", "h", "A, B"));
    assertThat(bytes(udt)).isEqualTo(hex("F0 7C 03 | 02 64 00 62 00 | 03 73 00 79 00 73 00 | 01 68 00"
        + " | 04 00 41 00 2C 00 20 00 42 00"));
    assertThat(udt.isPlp()).isTrue();
  }

  @Test
  void readsAClrTypeParameterByItsNames() {
    // UDT_INFO_IN_RPC: the three names, no max size, no assembly.
    TypeInfo t = decode(hex("F0 | 01 64 00 | 03 73 00 79 00 73 00 | 0B 68 00 69 00 65 00 72 00 61 00 72 00 63 00"
        + " 68 00 79 00 69 00 64 00"), V74);
    assertThat(t.type()).isEqualTo(TdsDataType.UDT);
    assertThat(t.udt()).isEqualTo(new UdtInfo("d", "sys", "hierarchyid", null));
    assertThat(t.isPlp()).isTrue();
    assertInvalid("F0 01 64 00 03 73 00");
  }

  @Test
  void knowsPlpTypes() {
    assertThat(TypeInfo.nvarchar(-1).isPlp()).isTrue();
    assertThat(TypeInfo.varchar(-1, Collation.DEFAULT).isPlp()).isTrue();
    assertThat(TypeInfo.varbinary(-1).isPlp()).isTrue();
    assertThat(TypeInfo.xml().isPlp()).isTrue();
    assertThat(TypeInfo.nvarchar(4000).isPlp()).isFalse();
    assertThat(TypeInfo.ntext().isPlp()).isFalse();
  }

  @Test
  void acceptsDecimalLengthsSizedByPrecision() {
    // FreeTDS declares numeric(10,2) with 1 sign byte + 5 magnitude bytes.
    TypeInfo type = decode(hex("6C 06 0A 02"), V74);
    assertThat(type.maxLength()).isEqualTo(6);
    assertThat(type.precision()).isEqualTo(10);
    assertThat(type.scale()).isEqualTo(2);
  }

  @Test
  void readsANullGuidDeclaredWithLengthZeroAsAGuid() {
    // mssql-jdbc's uniqueidentifier OUTPUT parameter without a value: GUIDTYPE, length 0.
    assertThat(decode(hex("24 00"), V74)).isEqualTo(TypeInfo.guid());
    assertInvalid("24 08");
  }

  @Test
  void rejectsLengthsSqlServerRejects() {
    assertInvalid("26 03"); // INTN of 3 bytes
    assertInvalid("6D 02"); // FLTN of 2 bytes
    assertInvalid("6A 11 27 02"); // decimal precision 39
    assertInvalid("6A 11 05 06"); // scale above precision
    assertInvalid("6A 12 05 02"); // decimal length 18: over sign + 16 bytes
    assertInvalid("6A 01 05 02"); // decimal length 1: no magnitude
    assertInvalid("2A 08"); // datetime2 scale 8
    assertInvalid("E7 41 1F 09 04 D0 00 34"); // nvarchar over 8000 bytes
    assertInvalid("AF FF FF 09 04 D0 00 34"); // char(max) does not exist
    assertInvalid("F1 02"); // bad SchemaPresent
    assertInvalid("F0 FF FF"); // CLR UDT
    assertInvalid("63 FF FF FF FF 09 04 D0 00 34"); // negative text length
    assertInvalid("99"); // unknown type
  }

  @Test
  void tds71HasNoPlpXmlOrNewDateTypes() {
    int v71 = TdsVersion.V7_1;
    assertThatThrownBy(() -> decodeAll(hex("E7 FF FF 09 04 D0 00 34"), in -> TypeInfo.decode(in, v71)))
        .isInstanceOf(TdsProtocolException.class);
    assertThatThrownBy(() -> decodeAll(hex("F1 00"), in -> TypeInfo.decode(in, v71)))
        .isInstanceOf(TdsProtocolException.class);
    assertThatThrownBy(() -> decodeAll(hex("2A 07"), in -> TypeInfo.decode(in, TdsVersion.V7_2)))
        .isInstanceOf(TdsProtocolException.class);
    assertThatThrownBy(() -> encoded(out -> TypeInfo.nvarchar(-1).encode(out, v71)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> encoded(out -> TypeInfo.date().encode(out, TdsVersion.V7_2)))
        .isInstanceOf(IllegalArgumentException.class);
    // The same non-MAX types are identical under 7.1 and 7.4.
    assertThat(encoded(out -> TypeInfo.nvarchar(10).encode(out, v71)))
        .isEqualTo(bytes(TypeInfo.nvarchar(10)));
    assertThat(decode(hex("E7 14 00 09 04 D0 00 34"), v71))
        .isEqualTo(TypeInfo.nvarchar(10));
  }

  @Test
  void factoriesRejectImpossibleTypes() {
    assertThatThrownBy(() -> TypeInfo.intN(3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TypeInfo.decimalN(39, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TypeInfo.time(8)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TypeInfo.nchar(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TypeInfo.varbinary(8001))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void derivesValueSizesFromScaleAndPrecision() {
    assertThat(TypeInfo.time(0).maxLength()).isEqualTo(3);
    assertThat(TypeInfo.time(4).maxLength()).isEqualTo(4);
    assertThat(TypeInfo.datetime2(7).maxLength()).isEqualTo(8);
    assertThat(TypeInfo.datetimeOffset(0).maxLength()).isEqualTo(8);
    assertThat(TypeInfo.datetimeOffset(7).maxLength()).isEqualTo(10);
    assertThat(TypeInfo.decimalN(9, 0).maxLength()).isEqualTo(5);
    assertThat(TypeInfo.decimalN(19, 0).maxLength()).isEqualTo(9);
    assertThat(TypeInfo.decimalN(28, 0).maxLength()).isEqualTo(13);
    assertThat(TypeInfo.decimalN(29, 0).maxLength()).isEqualTo(17);
  }

  private static byte[] bytes(TypeInfo info) {
    return encoded(out -> info.encode(out, V74));
  }

  private static TypeInfo decode(byte[] bytes, int version) {
    return decodeAll(bytes, in -> TypeInfo.decode(in, version));
  }

  private static void assertInvalid(String hex) {
    assertThatThrownBy(() -> decodeAll(hex(hex), in -> TypeInfo.decode(in, V74)))
        .isInstanceOf(TdsProtocolException.class);
  }
}
