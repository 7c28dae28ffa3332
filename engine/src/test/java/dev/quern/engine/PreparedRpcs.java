package dev.quern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import java.util.List;

/** The sp_prepare / sp_execute RPCs tests send, as mssql-jdbc sends them for a prepared statement. */
public final class PreparedRpcs {
  private static final SqlType NVARCHAR = SqlType.ofLength(TypeId.NVARCHAR, 4000);

  private PreparedRpcs() {}

  /** Prepares {@code sql} with parameter declarations {@code params}; returns the handle. */
  public static int prepare(EngineSession s, String params, String sql) {
    CollectingSink sink = new CollectingSink();
    s.executeRpc(new RpcRequest("sp_prepare", List.of(
        new RpcParameter("@handle", SqlTypes.INT, null, true), p(NVARCHAR, params), p(NVARCHAR, sql),
        p(SqlTypes.INT, 1))), sink);
    assertThat(sink.errors()).as(sql).isEmpty();
    for (var e : sink.events) {
      if (e instanceof CollectingSink.Output o) {
        return (Integer) o.value().value();
      }
    }
    throw new AssertionError("no handle");
  }

  /** sp_execute of {@code handle} with one int argument. */
  public static RpcRequest execute(int handle, int value) {
    return new RpcRequest("sp_execute", List.of(p(SqlTypes.INT, handle), p(SqlTypes.INT, value)));
  }

  private static RpcParameter p(SqlType type, Object value) {
    return new RpcParameter("", type, value, false);
  }
}
