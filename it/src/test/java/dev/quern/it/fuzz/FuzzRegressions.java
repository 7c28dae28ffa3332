package dev.quern.it.fuzz;

import dev.quern.it.support.RawTds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * The inputs that broke the server in long fuzz runs, rebuilt by hand so that CI meets each of
 * them whatever its random cases happen to be, with the errors SQL Server answers them with.
 */
public final class FuzzRegressions {
  /** One input: its messages, and the error numbers its answers must hold, in order. */
  public record Regression(String name, List<FuzzMessage> messages, List<Integer> errors) {
    public FuzzSeed seed() {
      return new FuzzSeed(name, messages, messages.size() - 1);
    }
  }

  private static final int SP_CURSOROPEN = 2;
  private static final FuzzMessage ATTENTION =
      new FuzzMessage(RawTds.ATTENTION, new byte[0], List.of());

  private FuzzRegressions() {}

  public static List<Regression> all() {
    return List.of(
        // ProcID 0xD1 does not exist: "Internal error" (50000) and a stack trace before.
        new Regression("unknown ProcID", List.of(TdsSeeds.rpc(0xD1, 0,
            w -> TdsSeeds.stmt(w, "", "SELECT 1"))), List.of(4002)),
        // decimal(5,2) holding 5366.33: taken, then failed as a row value.
        new Regression("decimal over its precision", List.of(echo("decimal(5,2)",
            w -> RpcParams.decimal(w, "@p", 0x6A, 5, 2, 536_633))), List.of(8023)),
        new Regression("NaN float", List.of(echo("float",
            w -> RpcParams.fltN(w, "@p", 8, Double.NaN))), List.of(8023)),
        // INTN(4) carrying 8 bytes, OUTPUT: its bigint came back as the int it claimed to be.
        new Regression("INTN value longer than its TYPE_INFO", List.of(output("int",
            w -> w.bVarchar("@p").flags(1).type(0x26, 1).length(4, 1).length(8, 1).u64(5))),
            List.of(8016)),
        // nvarchar of max length 0 carrying 8 bytes, OUTPUT: could not be sent back.
        new Regression("nvarchar value longer than its TYPE_INFO", List.of(output("nvarchar(4)",
            w -> w.bVarchar("@p").flags(1).type(0xE7, 1).length(0, 2).bytes(RpcParams.LATIN1)
                .shortLenValue("out-".getBytes(StandardCharsets.UTF_16LE)))), List.of(8016)),
        // @stmt sent as DEFAULT: a NullPointerException in the lexer before.
        new Regression("sp_cursoropen without a statement", List.of(cursorOpen(
            w -> RpcParams.nvarchar(w, "@stmt", 0x02, 100, "SELECT 1", 0, true), 8)),
            List.of(16902)),
        // The cursor's OPEN fails: a NullPointerException taking its columns before.
        new Regression("sp_cursoropen whose OPEN fails", List.of(cursorOpen(
            w -> TdsSeeds.stmt(w, "@stmt", "SELECT 1 / 0 AS x"), 8)), List.of(8134)),
        // scrollopt as a datetime: a ClassCastException before.
        new Regression("sp_cursoropen with a datetime scrollopt", List.of(TdsSeeds.rpc(
            SP_CURSOROPEN, 0, w -> {
              RpcParams.intN(w, "@cursor", RpcParams.OUTPUT, 4, null);
              TdsSeeds.stmt(w, "@stmt", "SELECT 1 AS one");
              RpcParams.datetimeN(w, "@scrollopt", 8, 8, 0);
              RpcParams.intN(w, "@ccopt", 0, 4, 1L);
            })), List.of()),
        // A table-valued parameter flagged OUTPUT: a NullPointerException encoding it before.
        new Regression("table-valued parameter flagged OUTPUT", List.of(TdsSeeds.executeSql(
            "SELECT a FROM @p", "@p dbo.FuzzRows READONLY", w -> RpcParams.tvp(w, "@p", 1))
            .withLastFlags(1)), List.of(8162)),
        // Two requests ahead of an ATTENTION: the second ran, uncancelled, after the ack.
        new Regression("requests pipelined ahead of an ATTENTION", List.of(
            TdsSeeds.batch("WAITFOR DELAY '00:00:30'", false),
            TdsSeeds.batch("WAITFOR DELAY '00:00:30'", false), ATTENTION), List.of()),
        // An exponent without digits: a NumberFormatException in the binder before.
        new Regression("float literal without exponent digits", List.of(
            TdsSeeds.batch("SELECT 1E AS one", false)), List.of()));
  }

  private static FuzzMessage echo(String declared, Consumer<WireBuilder> p) {
    return TdsSeeds.executeSql("SELECT @p AS v", "@p " + declared, p);
  }

  private static FuzzMessage output(String declared, Consumer<WireBuilder> p) {
    return TdsSeeds.executeSql("SET @p = @p", "@p " + declared + " OUTPUT", p);
  }

  private static FuzzMessage cursorOpen(Consumer<WireBuilder> stmt,
      long scrollopt) {
    return TdsSeeds.rpc(SP_CURSOROPEN, 0, w -> {
      RpcParams.intN(w, "@cursor", RpcParams.OUTPUT, 4, null);
      stmt.accept(w);
      RpcParams.intN(w, "@scrollopt", 0, 4, scrollopt);
      RpcParams.intN(w, "@ccopt", 0, 4, 1L);
    });
  }
}
