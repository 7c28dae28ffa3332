package dev.quern.it.fuzz;

import dev.quern.it.support.RawTds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Seeds of rows described by column metadata: INSERT BULK followed by its BULK_LOAD message of
 * COLMETADATA and ROW tokens [MS-TDS §2.2.6.1], and a table-valued parameter of the same columns
 * [§2.2.6.6 TVP_TYPE_INFO]; a few columns, and one of every type family a driver bulk-copies.
 */
final class BulkSeeds {
  private static final String TYPE_COLUMNS = "(ti TINYINT, bi BIGINT, bt BIT, f FLOAT,"
      + " d DECIMAL(10,2), m MONEY, dt DATETIME, d2 DATETIME2(7), dto DATETIMEOFFSET(7), dd DATE,"
      + " t TIME(3), g UNIQUEIDENTIFIER, v VARCHAR(20), vb VARBINARY(20), nm NVARCHAR(MAX),"
      + " sv SQL_VARIANT)";
  static final String TYPES_TABLE = "CREATE TABLE dbo.fuzz_bulk_types " + TYPE_COLUMNS;
  static final String TYPES_TABLE_TYPE = "CREATE TYPE dbo.FuzzTypes AS TABLE " + TYPE_COLUMNS;

  /** One column: its name, its TYPE_INFO, and the wire form of row {@code i}'s value. */
  private record Column(String name, Consumer<WireBuilder> typeInfo, ValueWriter value) {}

  private interface ValueWriter {
    void write(WireBuilder w, int row);
  }

  private static final List<Column> TYPES = List.of(
      new Column("ti", w -> w.type(0x26, 1).length(1, 1), (w, i) -> w.length(1, 1).u8(i)),
      new Column("bi", w -> w.type(0x26, 1).length(8, 1), (w, i) -> w.length(8, 1).u64(-i)),
      new Column("bt", w -> w.type(0x68, 1).length(1, 1), (w, i) -> w.length(1, 1).u8(i & 1)),
      new Column("f", w -> w.type(0x6D, 1).length(8, 1),
          (w, i) -> w.length(8, 1).u64(Double.doubleToLongBits(i * 1.25))),
      new Column("d", w -> w.type(0x6A, 1).length(17, 1).u8(10).u8(2),
          (w, i) -> w.length(9, 1).u8(1).u64(12_345L * (i + 1))),
      new Column("m", w -> w.type(0x6E, 1).length(8, 1), (w, i) -> w.length(8, 1).u32(0).u32(i)),
      new Column("dt", w -> w.type(0x6F, 1).length(8, 1),
          (w, i) -> w.length(8, 1).u32(45_000 + i).u32(300)),
      new Column("d2", w -> w.type(0x2A, 1).u8(7),
          (w, i) -> w.length(8, 1).bytes(RpcParams.le(1_000_000L * i, 5)).bytes(le3(737_000))),
      new Column("dto", w -> w.type(0x2B, 1).u8(7),
          (w, i) -> w.length(10, 1).bytes(RpcParams.le(5L, 5)).bytes(le3(737_000)).u16(60)),
      new Column("dd", w -> w.type(0x28, 1), (w, i) -> w.length(3, 1).bytes(le3(737_000 + i))),
      new Column("t", w -> w.type(0x29, 1).u8(3), (w, i) -> w.length(4, 1).u32(1_000L * i)),
      new Column("g", w -> w.type(0x24, 1).length(16, 1),
          (w, i) -> w.length(16, 1).u64(i).u64(-1L)),
      new Column("v", w -> w.type(0xA7, 1).length(20, 2).bytes(RpcParams.LATIN1),
          (w, i) -> w.shortLenValue(("v\u00e9" + i).getBytes(StandardCharsets.ISO_8859_1))),
      new Column("vb", w -> w.type(0xA5, 1).length(20, 2),
          (w, i) -> w.shortLenValue(new byte[] {1, 2, (byte) i})),
      new Column("nm", w -> w.type(0xE7, 1).length(0xFFFF, 2).bytes(RpcParams.LATIN1),
          (w, i) -> w.plp(("max " + i).repeat(9).getBytes(StandardCharsets.UTF_16LE), 20,
              i % 2 == 0)),
      new Column("sv", w -> w.type(0x62, 1).length(8009, 4),
          (w, i) -> w.length(6, 4).type(0x38, 1).length(0, 1).u32(i)));

  private BulkSeeds() {}

  static List<FuzzSeed> all() {
    FuzzMessage insertBulk = TdsSeeds.batch("INSERT BULK dbo.fuzz_bulk ([a] INT, [b] NVARCHAR(10)"
        + " COLLATE SQL_Latin1_General_CP1_CI_AS) WITH (TABLOCK)", false);
    List<Column> two = List.of(
        new Column("a", w -> w.type(0x26, 1).length(4, 1), (w, i) -> w.length(4, 1).u32(i)),
        new Column("b", w -> w.type(0xE7, 1).length(20, 2).bytes(RpcParams.LATIN1),
            (w, i) -> w.shortLenValue(("bulk" + i).getBytes(StandardCharsets.UTF_16LE))));
    FuzzMessage rows = bulkLoad(two, 3);
    FuzzMessage insertTypes = TdsSeeds.batch("INSERT BULK dbo.fuzz_bulk_types ([ti] TINYINT,"
        + " [bi] BIGINT, [bt] BIT, [f] FLOAT, [d] DECIMAL(10,2), [m] MONEY, [dt] DATETIME,"
        + " [d2] DATETIME2(7), [dto] DATETIMEOFFSET(7), [dd] DATE, [t] TIME(3),"
        + " [g] UNIQUEIDENTIFIER, [v] VARCHAR(20) COLLATE SQL_Latin1_General_CP1_CI_AS,"
        + " [vb] VARBINARY(20), [nm] NVARCHAR(MAX) COLLATE SQL_Latin1_General_CP1_CI_AS,"
        + " [sv] SQL_VARIANT)", false);
    return List.of(
        FuzzSeed.of("bulk", insertBulk, rows),
        FuzzSeed.of("bulk-statement", insertBulk, rows).targeting(0),
        FuzzSeed.of("bulk-types", insertTypes, bulkLoad(TYPES, 3)),
        FuzzSeed.of("tvp-types", TdsSeeds.executeSql("SELECT * FROM @p",
            "@p dbo.FuzzTypes READONLY", w -> tvp(w, TYPES, 2))));
  }

  /** COLMETADATA, {@code rows} ROW tokens, DONE. */
  private static FuzzMessage bulkLoad(List<Column> columns, int rows) {
    WireBuilder w = new WireBuilder();
    w.type(0x81, 1).length(columns.size(), 2);
    for (Column c : columns) {
      w.u32(0).u16(0x0009); // UserType, Flags: nullable, updateable
      c.typeInfo().accept(w);
      w.bVarchar(c.name());
    }
    for (int i = 0; i < rows; i++) {
      w.type(0xD1, 1);
      for (Column c : columns) {
        c.value().write(w, i);
      }
    }
    w.type(0xFD, 1).u16(0).u16(0).u64(0);
    return FuzzMessage.of(RawTds.BULK_LOAD, w);
  }

  /** A TVP parameter of dbo.FuzzTypes: TVP_TYPENAME, TVP_COLMETADATA, TVP_END, rows, TVP_END. */
  private static void tvp(WireBuilder w, List<Column> columns, int rows) {
    w.bVarchar("@p").flags(0).type(0xF3, 1).bVarchar("").bVarchar("dbo").bVarchar("FuzzTypes");
    w.length(columns.size(), 2);
    for (Column c : columns) {
      w.u32(0).u16(0x0001);
      c.typeInfo().accept(w);
      w.bVarchar("");
    }
    w.type(0x00, 1);
    for (int i = 0; i < rows; i++) {
      w.type(0x01, 1);
      for (Column c : columns) {
        c.value().write(w, i);
      }
    }
    w.type(0x00, 1);
  }

  private static byte[] le3(int v) {
    return RpcParams.le(v, 3);
  }
}
