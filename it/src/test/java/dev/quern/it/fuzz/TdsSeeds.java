package dev.quern.it.fuzz;

import static dev.quern.it.fuzz.RpcParams.OUTPUT;

import dev.quern.it.support.RawTds;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The valid requests the fuzzer mutates, built byte by byte per MS-TDS: SQL batches with
 * ALL_HEADERS, RPCs (sp_executesql with a parameter of every TYPE_INFO family, the prepared and
 * cursor procedures, OUTPUT parameters, table-valued parameters, several calls in one message),
 * transaction-manager requests, INSERT BULK with its BULK_LOAD, and ATTENTION. They need the
 * objects of {@link #SETUP_SQL}.
 */
public final class TdsSeeds {
  /** What the seeds refer to, created once through mssql-jdbc. */
  public static final List<String> SETUP_SQL = List.of(
      "CREATE TYPE dbo.FuzzRows AS TABLE (a INT, b NVARCHAR(10))",
      "CREATE TABLE dbo.fuzz_bulk (a INT, b NVARCHAR(10))",
      BulkSeeds.TYPES_TABLE,
      BulkSeeds.TYPES_TABLE_TYPE,
      "CREATE PROCEDURE dbo.fuzz_proc @a INT, @b NVARCHAR(20) OUTPUT AS"
          + " SET @b = CONCAT(@b, @a); SELECT @a AS a");

  private static final int SP_CURSOROPEN = 2;
  private static final int SP_CURSORPREPEXEC = 5;
  private static final int SP_CURSORFETCH = 7;
  private static final int SP_CURSOROPTION = 8;
  private static final int SP_CURSORCLOSE = 9;
  private static final int SP_EXECUTESQL = 10;
  private static final int SP_PREPARE = 11;
  private static final int SP_EXECUTE = 12;
  private static final int SP_PREPEXEC = 13;
  private static final int SP_UNPREPARE = 15;

  private static final Charset CP932 = Charset.forName("windows-31j");

  private TdsSeeds() {}

  public static List<FuzzSeed> all() {
    List<FuzzSeed> seeds = new ArrayList<>();
    seeds.addAll(batches());
    seeds.addAll(executeSqlSeeds());
    seeds.addAll(procedureSeeds());
    seeds.addAll(transactionSeeds());
    seeds.addAll(BulkSeeds.all());
    seeds.addAll(attentionSeeds());
    return List.copyOf(seeds);
  }

  // ---- SQL batches ----------------------------------------------------------------------------

  /** ALL_HEADERS with the transaction descriptor, and optionally a query notification. */
  static void allHeaders(WireBuilder w, boolean notification) {
    String id = "fuzz-notify";
    String service = "service=fuzz";
    int qn = 4 + 2 + 2 + id.length() * 2 + 2 + service.length() * 2 + 4;
    w.length(4 + 18 + (notification ? qn : 0), 4);
    w.length(18, 4).type(2, 2).u64(0).u32(1);
    if (notification) {
      w.length(qn, 4).type(1, 2);
      w.length(id.length() * 2L, 2).ucs2(id).length(service.length() * 2L, 2).ucs2(service);
      w.u32(30);
    }
  }

  public static FuzzMessage batch(String sql, boolean notification) {
    WireBuilder w = new WireBuilder();
    allHeaders(w, notification);
    w.ucs2(sql);
    return FuzzMessage.of(RawTds.SQL_BATCH, w);
  }

  private static List<FuzzSeed> batches() {
    return List.of(
        FuzzSeed.of("batch", batch("SELECT 1 AS one, N'x' AS s", false)),
        FuzzSeed.of("batch-notification", batch("SELECT 2 AS two", true)),
        FuzzSeed.of("batch-table-variable", batch(
            "DECLARE @t TABLE (a INT); INSERT @t VALUES (1), (2); SELECT a FROM @t", false)));
  }

  // ---- RPC ------------------------------------------------------------------------------------

  /** An RPC message of one call by ProcID. */
  static FuzzMessage rpc(int procId, int options, Consumer<WireBuilder> params) {
    WireBuilder w = new WireBuilder();
    allHeaders(w, false);
    w.length(0xFFFF, 2).type(procId, 2).u16(options);
    params.accept(w);
    return FuzzMessage.of(RawTds.RPC, w);
  }

  /** An RPC message of one call by name. */
  static FuzzMessage rpc(String procName, Consumer<WireBuilder> params) {
    WireBuilder w = new WireBuilder();
    allHeaders(w, false);
    w.usVarchar(procName).u16(0);
    params.accept(w);
    return FuzzMessage.of(RawTds.RPC, w);
  }

  static void stmt(WireBuilder w, String name, String sql) {
    RpcParams.nvarchar(w, name, 0, 4000, sql, 0, true);
  }

  /** sp_executesql of {@code sql} with the declared {@code params} and their values. */
  static FuzzMessage executeSql(String sql, String declared, Consumer<WireBuilder> values) {
    return rpc(SP_EXECUTESQL, 0, w -> {
      stmt(w, "", sql);
      stmt(w, "", declared);
      values.accept(w);
    });
  }

  /**
   * sp_executesql selecting the parameter back, and (the second seed) setting it as an OUTPUT
   * parameter, so that each value goes both through a row and through RETURNVALUE.
   */
  private static List<FuzzSeed> echo(String name, String declared, Consumer<WireBuilder> value) {
    return List.of(
        FuzzSeed.of("executesql-" + name, executeSql("SELECT @p AS v", "@p " + declared, value)),
        FuzzSeed.of("output-" + name,
            executeSql("SET @p = @p", "@p " + declared + " OUTPUT", value).withLastFlags(1)));
  }

  private static List<FuzzSeed> executeSqlSeeds() {
    byte[] latin = "caf\u00e9 fuzz".getBytes(StandardCharsets.ISO_8859_1);
    byte[] big = new byte[300];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) i;
    }
    return Stream.of(
        echo("tinyint", "tinyint", w -> RpcParams.intN(w, "@p", 0, 1, 7L)),
        echo("smallint", "smallint", w -> RpcParams.intN(w, "@p", 0, 2, -300L)),
        echo("int", "int", w -> RpcParams.intN(w, "@p", 0, 4, 123_456L)),
        echo("bigint", "bigint", w -> RpcParams.intN(w, "@p", 0, 8, Long.MIN_VALUE)),
        echo("int-null", "int", w -> RpcParams.intN(w, "@p", 0, 4, null)),
        echo("bit", "bit", w -> RpcParams.bitN(w, "@p", true)),
        echo("float", "float", w -> RpcParams.fltN(w, "@p", 8, 1.5e300)),
        echo("real", "real", w -> RpcParams.fltN(w, "@p", 4, -2.5)),
        echo("money", "money", w -> RpcParams.moneyN(w, "@p", 8, 1_234_567_890_123L)),
        echo("smallmoney", "smallmoney", w -> RpcParams.moneyN(w, "@p", 4, -12_345)),
        echo("datetime", "datetime", w -> RpcParams.datetimeN(w, "@p", 8, 45_000, 300 * 3600)),
        echo("smalldatetime", "smalldatetime",
            w -> RpcParams.datetimeN(w, "@p", 4, 45_000, 600)),
        echo("guid", "uniqueidentifier", w -> RpcParams.guid(w, "@p")),
        echo("decimal", "decimal(18,4)",
            w -> RpcParams.decimal(w, "@p", 0x6A, 18, 4, 123_456_789_012L)),
        echo("numeric38", "numeric(38,10)",
            w -> RpcParams.decimal(w, "@p", 0x6C, 38, 10, Long.MAX_VALUE)),
        echo("decimal5", "decimal(5,2)", w -> RpcParams.decimal(w, "@p", 0x6A, 5, 2, 12_345)),
        echo("date", "date", w -> RpcParams.date(w, "@p", 737_000)),
        echo("time7", "time(7)", w -> RpcParams.temporal(w, "@p", 0x29, 7, 123_456_789_012L)),
        echo("time0", "time(0)", w -> RpcParams.temporal(w, "@p", 0x29, 0, 3_600)),
        echo("datetime2", "datetime2(3)",
            w -> RpcParams.temporal(w, "@p", 0x2A, 3, 12_345_678)),
        echo("datetimeoffset", "datetimeoffset(7)",
            w -> RpcParams.temporal(w, "@p", 0x2B, 7, 123_456_789_012L)),
        echo("nvarchar", "nvarchar(50)",
            w -> RpcParams.nvarchar(w, "@p", 0, 50, "h\u00e9llo \u4e16\u754c", 0, true)),
        echo("nvarchar-null", "nvarchar(50)",
            w -> RpcParams.nvarchar(w, "@p", 0, 50, null, 0, true)),
        echo("nvarchar-max", "nvarchar(max)",
            w -> RpcParams.nvarchar(w, "@p", 0, -1, "chunked ".repeat(20), 16, true)),
        echo("nvarchar-max-unknown", "nvarchar(max)",
            w -> RpcParams.nvarchar(w, "@p", 0, -1, "unknown length ".repeat(10), 6, false)),
        echo("nvarchar-max-null", "nvarchar(max)",
            w -> RpcParams.nvarchar(w, "@p", 0, -1, null, 0, true)),
        echo("varchar", "varchar(50)",
            w -> RpcParams.varchar(w, "@p", 0xA7, 50, RpcParams.LATIN1, latin)),
        echo("char", "char(12)",
            w -> RpcParams.varchar(w, "@p", 0xAF, 12, RpcParams.LATIN1, latin)),
        echo("varchar-cp932", "varchar(50)", w -> RpcParams.varchar(w, "@p", 0xA7, 50,
            RpcParams.JAPANESE, "\u65e5\u672c\u8a9e".getBytes(CP932))),
        echo("varchar-utf8", "varchar(50)", w -> RpcParams.varchar(w, "@p", 0xA7, 50,
            RpcParams.UTF8, "\u00fcber \u2603".getBytes(StandardCharsets.UTF_8))),
        echo("varchar-max", "varchar(max)",
            w -> RpcParams.varchar(w, "@p", 0xA7, -1, RpcParams.LATIN1, latin)),
        echo("varbinary", "varbinary(16)",
            w -> RpcParams.varbinary(w, "@p", 16, new byte[] {1, 2, 3}, 0, true)),
        echo("varbinary-max", "varbinary(max)",
            w -> RpcParams.varbinary(w, "@p", -1, big, 64, false)),
        echo("xml", "xml", w -> RpcParams.xml(w, "@p", "<a b=\"1\"><c>text</c></a>")),
        echo("text", "text", w -> RpcParams.longLen(w, "@p", 0x23, latin)),
        echo("ntext", "ntext",
            w -> RpcParams.longLen(w, "@p", 0x63, "ntext".getBytes(StandardCharsets.UTF_16LE))),
        echo("image", "image", w -> RpcParams.longLen(w, "@p", 0x22, big)),
        echo("variant-int", "sql_variant",
            w -> RpcParams.variant(w, "@p", 0x38, new byte[0], RpcParams.le(42, 4))),
        echo("variant-nvarchar", "sql_variant", w -> RpcParams.variant(w, "@p", 0xE7,
            RpcParams.concat(RpcParams.LATIN1, RpcParams.le(20, 2)),
            "variant".getBytes(StandardCharsets.UTF_16LE))),
        echo("variant-decimal", "sql_variant", w -> RpcParams.variant(w, "@p", 0x6A,
            new byte[] {18, 2}, RpcParams.concat(new byte[] {1}, RpcParams.le(12_345, 8)))),
        echo("udt", "geography", w -> RpcParams.udt(w, "@p")),
        List.of(FuzzSeed.of("executesql-tvp", executeSql("SELECT a, b FROM @p",
            "@p dbo.FuzzRows READONLY", w -> RpcParams.tvp(w, "@p", 3)))),
        List.of(FuzzSeed.of("executesql-many", executeSql("SELECT @a, @b, @c, @d",
            "@a int, @b nvarchar(max), @c decimal(10,2), @d datetime2(7)", w -> {
              RpcParams.intN(w, "@a", 0, 4, 1L);
              RpcParams.nvarchar(w, "@b", 0, -1, "many", 3, false);
              RpcParams.decimal(w, "@c", 0x6A, 10, 2, 1_000);
              RpcParams.temporal(w, "@d", 0x2A, 7, 1);
            }))),
        List.of(FuzzSeed.of("executesql-output", executeSql("SET @o = @i * 2", "@i int, @o int OUTPUT",
            w -> {
              RpcParams.intN(w, "@i", 0, 4, 21L);
              RpcParams.intN(w, "@o", OUTPUT, 4, null);
            }))),
        List.of(FuzzSeed.of("executesql-positional", executeSql("SELECT @p1 + @p2",
            "@p1 int, @p2 int", w -> {
              RpcParams.intN(w, "", 0, 4, 1L);
              RpcParams.intN(w, "", 0, 4, 2L);
            })))).flatMap(List::stream).toList();
  }

  // ---- prepared statements, cursors, procedures by name, several calls ------------------------

  private static List<FuzzSeed> procedureSeeds() {
    FuzzMessage prepare = rpc(SP_PREPARE, 0, w -> {
      RpcParams.intN(w, "@handle", OUTPUT, 4, null);
      stmt(w, "@params", "@p int");
      stmt(w, "@stmt", "SELECT @p + 1 AS v");
      RpcParams.intN(w, "@options", 0, 4, 1L);
    });
    FuzzMessage execute = rpc(SP_EXECUTE, 0, w -> {
      RpcParams.intN(w, "@handle", 0, 4, 1L);
      RpcParams.intN(w, "@p", 0, 4, 41L);
    });
    FuzzMessage unprepare = rpc(SP_UNPREPARE, 0, w -> RpcParams.intN(w, "@handle", 0, 4, 1L));
    FuzzMessage cursorOpen = rpc(SP_CURSOROPEN, 0, w -> {
      RpcParams.intN(w, "@cursor", OUTPUT, 4, null);
      stmt(w, "@stmt", "SELECT name FROM sys.databases");
      RpcParams.intN(w, "@scrollopt", OUTPUT, 4, 8L);
      RpcParams.intN(w, "@ccopt", OUTPUT, 4, 1L);
      RpcParams.intN(w, "@rowcount", OUTPUT, 4, null);
    });
    FuzzMessage cursorFetch = rpc(SP_CURSORFETCH, 0, w -> {
      RpcParams.intN(w, "@cursor", 0, 4, 180_150_000L);
      RpcParams.intN(w, "@fetchtype", 0, 4, 2L);
      RpcParams.intN(w, "@rownum", 0, 4, 0L);
      RpcParams.intN(w, "@nrows", 0, 4, 10L);
    });
    FuzzMessage cursorClose = rpc(SP_CURSORCLOSE, 0,
        w -> RpcParams.intN(w, "@cursor", 0, 4, 180_150_000L));
    return List.of(
        FuzzSeed.of("prepexec", rpc(SP_PREPEXEC, 0, w -> {
          RpcParams.intN(w, "@handle", OUTPUT, 4, null);
          stmt(w, "@params", "@p nvarchar(10), @q bigint");
          stmt(w, "@stmt", "SELECT @p AS p, @q AS q");
          RpcParams.nvarchar(w, "@p", 0, 10, "prep", 0, true);
          RpcParams.intN(w, "@q", 0, 8, 9L);
        })),
        FuzzSeed.of("prepare-execute", prepare, execute),
        FuzzSeed.of("prepare-execute", prepare, execute).targeting(0),
        FuzzSeed.of("unprepare", prepare, unprepare),
        FuzzSeed.of("cursor", cursorOpen, cursorFetch, cursorClose),
        FuzzSeed.of("cursor", cursorOpen, cursorFetch, cursorClose).targeting(0),
        FuzzSeed.of("cursor", cursorOpen, cursorFetch, cursorClose).targeting(1),
        FuzzSeed.of("cursorprepexec", rpc(SP_CURSORPREPEXEC, 0, w -> {
          RpcParams.intN(w, "@prepared_handle", OUTPUT, 4, null);
          RpcParams.intN(w, "@cursor", OUTPUT, 4, null);
          stmt(w, "@params", "@id int");
          stmt(w, "@stmt", "SELECT name FROM sys.databases WHERE database_id >= @id");
          RpcParams.intN(w, "@scrollopt", OUTPUT, 4, 0x1004L);
          RpcParams.intN(w, "@ccopt", OUTPUT, 4, 0x2001L);
          RpcParams.intN(w, "@rowcount", OUTPUT, 4, null);
          RpcParams.intN(w, "@id", 0, 4, 1L);
        })),
        FuzzSeed.of("cursoroption", cursorOpen, rpc(SP_CURSOROPTION, 0, w -> {
          RpcParams.intN(w, "@cursor", 0, 4, 180_150_001L);
          RpcParams.intN(w, "@code", 0, 4, 2L);
          RpcParams.nvarchar(w, "@value", 0, 20, "fuzz_cursor", 0, true);
        })),
        FuzzSeed.of("proc-by-name", rpc("dbo.fuzz_proc", w -> {
          RpcParams.intN(w, "@a", 0, 4, 5L);
          RpcParams.nvarchar(w, "@b", OUTPUT, 20, "out-", 0, true);
        })),
        FuzzSeed.of("executesql-by-name", rpc("sp_executesql", w -> {
          stmt(w, "@stmt", "SELECT @x AS x");
          stmt(w, "@params", "@x int");
          RpcParams.intN(w, "@x", 0, 4, 3L);
        })),
        FuzzSeed.of("rpc-batch", rpcBatch()));
  }

  /** Three calls in one RPC message: BatchFlag 0xFF, then NoExecFlag 0xFE before the third. */
  private static FuzzMessage rpcBatch() {
    WireBuilder w = new WireBuilder();
    allHeaders(w, false);
    for (int i = 0; i < 3; i++) {
      if (i > 0) {
        w.type(i == 1 ? 0xFF : 0xFE, 1);
      }
      w.length(0xFFFF, 2).type(SP_EXECUTESQL, 2).u16(0);
      stmt(w, "", "SELECT @n AS n");
      stmt(w, "", "@n int");
      RpcParams.intN(w, "@n", 0, 4, (long) i);
    }
    return FuzzMessage.of(RawTds.RPC, w);
  }

  // ---- transaction manager --------------------------------------------------------------------

  /** TM_BEGIN_XACT (5), TM_COMMIT_XACT (7), TM_ROLLBACK_XACT (8), TM_SAVE_XACT (9). */
  static FuzzMessage tm(int request, Consumer<WireBuilder> body) {
    WireBuilder w = new WireBuilder();
    allHeaders(w, false);
    w.type(request, 2);
    body.accept(w);
    return FuzzMessage.of(RawTds.TRANSACTION_MANAGER, w);
  }

  private static List<FuzzSeed> transactionSeeds() {
    FuzzMessage begin = tm(5, w -> w.u8(2).bVarbyteText("fuzz_tx"));
    FuzzMessage beginSerializable = tm(5, w -> w.u8(5).bVarbyteText(""));
    FuzzMessage save = tm(9, w -> w.bVarbyteText("sp1"));
    FuzzMessage rollbackTo = tm(8, w -> w.bVarbyteText("sp1").u8(0));
    FuzzMessage commit = tm(7, w -> w.bVarbyteText("").u8(0));
    FuzzMessage commitAndBegin = tm(7, w -> w.bVarbyteText("").u8(1).u8(4).bVarbyteText("next"));
    FuzzMessage rollback = tm(8, w -> w.bVarbyteText("").u8(0));
    FuzzMessage dtcAddress = tm(0, w -> w.length(0, 2));
    return List.of(
        FuzzSeed.of("tm-begin-commit", begin, commit),
        FuzzSeed.of("tm-begin-commit", begin, commit).targeting(0),
        FuzzSeed.of("tm-save-rollback", beginSerializable, save, rollbackTo, rollback),
        FuzzSeed.of("tm-save-rollback", beginSerializable, save, rollbackTo, rollback)
            .targeting(1),
        FuzzSeed.of("tm-commit-and-begin", begin, commitAndBegin, rollback).targeting(1),
        FuzzSeed.of("tm-dtc-address", dtcAddress));
  }

  // ---- attention ------------------------------------------------------------------------------

  private static List<FuzzSeed> attentionSeeds() {
    FuzzMessage attention = new FuzzMessage(RawTds.ATTENTION, new byte[0], List.of());
    FuzzMessage slow = batch("WAITFOR DELAY '00:00:00.200'; SELECT 1", false);
    FuzzMessage rows = executeSql("SELECT TOP (@n) a.name FROM sys.all_columns a"
        + " CROSS JOIN sys.all_columns b", "@n int", w -> RpcParams.intN(w, "@n", 0, 4, 2000L));
    return List.of(
        FuzzSeed.of("attention-idle", attention),
        FuzzSeed.of("attention-running", slow, attention).targeting(0),
        FuzzSeed.of("attention-streaming", rows, attention).targeting(0),
        // Requests pipelined ahead of the ATTENTION: it cancels all of them, run or not.
        FuzzSeed.of("attention-pipelined", slow, rows, attention).targeting(1),
        FuzzSeed.of("attention-pipelined", slow, rows, attention).targeting(0));
  }
}
