package dev.quern.engine.proc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.api.TableArgument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RPC arguments no driver sends but a broken or hostile client can (found by TdsFuzzIT): each
 * gets SQL Server's error, never an internal error.
 */
class MalformedRpcArgumentsTest {
  private static final SqlType NVARCHAR = SqlType.ofLength(TypeId.NVARCHAR, 4000);
  private QuernEngine engine;
  private EngineSession session;

  @BeforeEach
  void open() {
    engine = QuernEngine.inMemory();
    session = TestSessions.open(engine);
    CollectingSink sink = new CollectingSink();
    session.executeBatch("CREATE TYPE dbo.Rows AS TABLE (a int)", sink);
    assertThat(sink.errors()).isEmpty();
  }

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  @Test
  void aTableValuedArgumentFlaggedOutputIsRefusedWithoutAReturnValue() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {1});
    RpcParameter tvp = new RpcParameter("@t", null,
        new TableArgument.Rows("dbo.Rows", List.of(SqlTypes.INT), rows), true);
    CollectingSink sink = rpc("sp_executesql", new RpcParameter("", NVARCHAR,
        "SELECT a FROM @t", false), new RpcParameter("", NVARCHAR, "@t dbo.Rows READONLY",
        false), tvp);
    assertThat(numbers(sink.errors())).containsExactly(8162);
    assertThat(sink.events).noneMatch(e -> e instanceof CollectingSink.Output);
  }

  @Test
  void cursorOpenWithoutAStatementIsError16902() {
    CollectingSink sink = rpc("sp_cursoropen", new RpcParameter("@cursor", SqlTypes.INT, null,
        true), new RpcParameter("@stmt", NVARCHAR, null, false));
    assertThat(numbers(sink.errors())).containsExactly(16902);
  }

  private CollectingSink rpc(String proc, RpcParameter... params) {
    CollectingSink sink = new CollectingSink();
    session.executeRpc(new RpcRequest(proc, List.of(params), false), sink);
    return sink;
  }

  private static List<Integer> numbers(List<SqlMessage> errors) {
    return errors.stream().map(SqlMessage::number).toList();
  }
}
