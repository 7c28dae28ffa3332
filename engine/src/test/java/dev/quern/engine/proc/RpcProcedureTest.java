package dev.quern.engine.proc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ReturnValue;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** sp_executesql and the prepare family as drivers call them by RPC. */
class RpcProcedureTest {
  private static final SqlType NVARCHAR = SqlType.ofLength(TypeId.NVARCHAR, 4000);
  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  private static RpcParameter p(String name, SqlType type, Object value) {
    return new RpcParameter(name, type, value, false);
  }

  private static RpcParameter out(String name, SqlType type, Object value) {
    return new RpcParameter(name, type, value, true);
  }

  private CollectingSink rpc(String proc, RpcParameter... params) {
    CollectingSink sink = new CollectingSink();
    session.executeRpc(new RpcRequest(proc, List.of(params)), sink);
    return sink;
  }

  private static List<ReturnValue> outputs(CollectingSink sink) {
    List<ReturnValue> out = new ArrayList<>();
    for (var e : sink.events) {
      if (e instanceof CollectingSink.Output o) {
        out.add(o.value());
      }
    }
    return out;
  }

  private static int status(CollectingSink sink) {
    for (var e : sink.events) {
      if (e instanceof CollectingSink.Status s) {
        return s.status();
      }
    }
    throw new AssertionError("no return status");
  }

  @Test
  void executesqlWithPositionalParametersAsMssqlJdbcSendsThem() {
    CollectingSink sink =
        rpc("sp_executesql",
            p("", NVARCHAR, "SELECT @P0 + 1 AS n, @P1 AS s"),
            p("", NVARCHAR, "@P0 int,@P1 nvarchar(4000)"),
            p("", SqlTypes.INT, 41),
            p("", NVARCHAR, "x"));
    assertThat(sink.errors()).isEmpty();
    assertThat(sink.rows()).hasSize(1);
    assertThat(Arrays.asList(sink.rows().getFirst())).containsExactly(42, "x");
    assertThat(status(sink)).isZero();
    assertThat(sink.events).anySatisfy(e -> assertThat(e).isEqualTo(new CollectingSink.Done(1, true)));
  }

  @Test
  void executesqlWithNamedParametersAndOutput() {
    CollectingSink sink =
        rpc("sp_executesql",
            p("@stmt", NVARCHAR, "SET @out = @in * 2"),
            p("@params", NVARCHAR, "@in int, @out int OUTPUT"),
            p("@in", SqlTypes.INT, 21),
            out("@out", SqlTypes.INT, null));
    assertThat(sink.errors()).isEmpty();
    assertThat(outputs(sink)).containsExactly(new ReturnValue(3, "@out", SqlTypes.INT, 42));
    int statusIndex = -1;
    int outputIndex = -1;
    for (int i = 0; i < sink.events.size(); i++) {
      if (sink.events.get(i) instanceof CollectingSink.Status) {
        statusIndex = i;
      }
      if (sink.events.get(i) instanceof CollectingSink.Output) {
        outputIndex = i;
      }
    }
    assertThat(statusIndex).isLessThan(outputIndex);
  }

  @Test
  void executesqlReportsAMissingParameterAs8178() {
    CollectingSink sink =
        rpc("sp_executesql", p("", NVARCHAR, "SELECT @a"), p("", NVARCHAR, "@a int"));
    assertThat(sink.errors()).extracting(m -> m.number()).containsExactly(8178);
    assertThat(sink.errors().getFirst().text())
        .isEqualTo("The parameterized query '(@a int)SELECT @a' expects the parameter '@a', which was not supplied.");
  }

  @Test
  void executesqlWantsUnicodeText() {
    CollectingSink sink = rpc("sp_executesql", p("", SqlType.ofLength(TypeId.VARCHAR, 10), "SELECT 1"));
    assertThat(sink.errors()).extracting(m -> m.number()).containsExactly(214);
  }

  @Test
  void prepareExecuteUnprepare() {
    CollectingSink prepared =
        rpc("sp_prepare",
            out("@handle", SqlTypes.INT, null),
            p("", NVARCHAR, "@P0 int"),
            p("", NVARCHAR, "SELECT @P0 * 10 AS v"),
            p("", SqlTypes.INT, 1));
    assertThat(prepared.errors()).isEmpty();
    assertThat(prepared.lastColumns()).extracting(c -> c.name()).containsExactly("v");
    assertThat(prepared.rows()).isEmpty();
    int handle = (Integer) outputs(prepared).getFirst().value();
    assertThat(outputs(prepared).getFirst().name()).isEqualTo("@handle");

    for (int i = 1; i <= 3; i++) {
      CollectingSink run = rpc("sp_execute", p("", SqlTypes.INT, handle), p("", SqlTypes.INT, i));
      assertThat(run.errors()).isEmpty();
      assertThat(run.rows().getFirst()[0]).isEqualTo(i * 10);
    }
    assertThat(rpc("sp_unprepare", p("", SqlTypes.INT, handle)).errors()).isEmpty();
    assertThat(rpc("sp_execute", p("", SqlTypes.INT, handle), p("", SqlTypes.INT, 1)).errors())
        .extracting(m -> m.number()).containsExactly(8179);
  }

  @Test
  void prepexecReturnsTheHandleAfterTheResults() {
    CollectingSink sink =
        rpc("sp_prepexec",
            out("", SqlTypes.INT, null),
            p("", NVARCHAR, "@P0 nvarchar(4000)"),
            p("", NVARCHAR, "SELECT @P0"),
            p("", NVARCHAR, "hello"));
    assertThat(sink.errors()).isEmpty();
    assertThat(sink.rows().getFirst()[0]).isEqualTo("hello");
    ReturnValue handle = outputs(sink).getFirst();
    assertThat(handle.ordinal()).isZero();
    CollectingSink again = rpc("sp_execute", p("", SqlTypes.INT, handle.value()), p("", NVARCHAR, "again"));
    assertThat(again.rows().getFirst()[0]).isEqualTo("again");
  }

  @Test
  void unknownProcedureIs2812() {
    CollectingSink sink = rpc("no_such_proc");
    assertThat(sink.errors()).extracting(m -> m.number()).containsExactly(2812);
  }

  @Test
  void procedureNamesMayCarryDatabaseAndSchema() {
    CollectingSink sink = rpc("master.sys.sp_executesql", p("", NVARCHAR, "SELECT 1"));
    assertThat(sink.errors()).isEmpty();
    assertThat(sink.rows()).hasSize(1);
  }

  @Test
  void execOfExecutesqlFromTsqlWritesOutputVariables() {
    CollectingSink sink =
        TestSessions.run(session,
            "DECLARE @r int, @o nvarchar(10)\n"
                + "EXEC @r = sp_executesql N'SET @x = N''done''; RETURN', N'@x nvarchar(10) OUTPUT', @x = @o OUTPUT\n"
                + "SELECT @r, @o");
    assertThat(sink.errors()).isEmpty();
    assertThat(Arrays.asList(sink.rows().getLast())).containsExactly(0, "done");
  }

  @Test
  void preparedPlansAreReused() {
    CollectingSink first = rpc("sp_executesql", p("", NVARCHAR, "SELECT @a"), p("", NVARCHAR, "@a int"), p("", SqlTypes.INT, 1));
    CollectingSink second = rpc("sp_executesql", p("", NVARCHAR, "SELECT @a"), p("", NVARCHAR, "@a int"), p("", SqlTypes.INT, 2));
    assertThat(first.rows().getFirst()[0]).isEqualTo(1);
    assertThat(second.rows().getFirst()[0]).isEqualTo(2);
  }
}
