package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SinkClosedException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that disconnects while rows stream (found by TdsFuzzIT): the sink's
 * SinkClosedException ends the request as it is. It was caught as an internal error, logged with
 * its stack trace, and error 8630 was written to the gone client, failing again.
 */
class ClosedSinkTest {
  private QuernEngine engine;
  private EngineSession session;

  @BeforeEach
  void open() {
    engine = QuernEngine.inMemory();
    session = TestSessions.open(engine);
  }

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  /** Takes the first row, then its client is gone; records whatever it is asked after that. */
  private static final class GoneAfterOneRow extends CollectingSink {
    private int rowsOffered;

    @Override
    public void row(Object[] values) {
      if (++rowsOffered > 1) {
        throw new SinkClosedException("gone");
      }
      super.row(values);
    }
  }

  @Test
  void aBatchStopsWithoutReportingAnInternalError() {
    GoneAfterOneRow sink = new GoneAfterOneRow();
    assertThatThrownBy(() -> session.executeBatch(
        "SELECT name FROM sys.all_columns", sink)).isInstanceOf(SinkClosedException.class);
    assertThat(sink.errors()).isEmpty();
    CollectingSink after = new CollectingSink();
    session.executeBatch("SELECT 1", after);
    assertThat(after.rows()).hasSize(1);
  }

  @Test
  void anRpcStopsWithoutReportingAnInternalError() {
    GoneAfterOneRow sink = new GoneAfterOneRow();
    SqlType nvarchar = SqlType.ofLength(TypeId.NVARCHAR, 4000);
    RpcRequest rpc = new RpcRequest("sp_executesql", List.of(new RpcParameter("", nvarchar,
        "SELECT name FROM sys.all_columns", false)), false);
    assertThatThrownBy(() -> session.executeRpc(rpc, sink))
        .isInstanceOf(SinkClosedException.class);
    assertThat(sink.errors()).isEmpty();
  }
}
