package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SqlMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A prepared statement over tables is bound once and run many times; whatever it was bound against
 * changing (the table's definition, the table itself, the current database, IDENTITY_INSERT) binds
 * it again, so every run sees what a fresh statement would.
 */
class BoundPlansTest {
  private static final SqlType NVARCHAR = SqlType.ofLength(TypeId.NVARCHAR, 4000);
  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  private int prepare(String params, String sql) {
    CollectingSink sink = new CollectingSink();
    session.executeRpc(
        new RpcRequest(
            "sp_prepare",
            List.of(
                new RpcParameter("@handle", SqlTypes.INT, null, true),
                new RpcParameter("", NVARCHAR, params, false),
                new RpcParameter("", NVARCHAR, sql, false))),
        sink);
    assertThat(sink.errors()).isEmpty();
    return sink.events.stream()
        .filter(e -> e instanceof CollectingSink.Output)
        .map(e -> ((Number) ((CollectingSink.Output) e).value().value()).intValue())
        .findFirst()
        .orElseThrow();
  }

  private CollectingSink execute(int handle, Object... values) {
    List<RpcParameter> params = new java.util.ArrayList<>();
    params.add(new RpcParameter("", SqlTypes.INT, handle, false));
    for (Object v : values) {
      params.add(new RpcParameter("", SqlTypes.INT, v, false));
    }
    CollectingSink sink = new CollectingSink();
    session.executeRpc(new RpcRequest("sp_execute", params), sink);
    return sink;
  }

  private void run(String sql) {
    assertThat(TestSessions.run(session, sql).errors()).isEmpty();
  }

  private static List<String> columns(CollectingSink sink) {
    return sink.events.stream()
        .filter(e -> e instanceof CollectingSink.Columns)
        .flatMap(e -> ((CollectingSink.Columns) e).columns().stream())
        .map(ResultColumn::name)
        .toList();
  }

  private static List<List<Object>> rows(CollectingSink sink) {
    assertThat(sink.errors()).isEmpty();
    return sink.rows().stream().map(Arrays::asList).toList();
  }

  @Test
  void aPreparedSelectSeesAlteredAndRecreatedTables() {
    run("CREATE TABLE t (id int PRIMARY KEY, a int); INSERT t VALUES (1, 10), (2, 20)");
    int h = prepare("@id int", "SELECT * FROM t WHERE id = @id");
    assertThat(rows(execute(h, 1))).containsExactly(List.of(1, 10));
    assertThat(rows(execute(h, 2))).containsExactly(List.of(2, 20));

    run("ALTER TABLE t ADD b int");
    run("UPDATE t SET b = 7 WHERE id = 2");
    CollectingSink altered = execute(h, 2);
    assertThat(columns(altered)).containsExactly("id", "a", "b");
    assertThat(rows(altered)).containsExactly(List.of(2, 20, 7));

    run("DROP TABLE t");
    assertThat(execute(h, 1).errors()).extracting(SqlMessage::number).containsExactly(208);
    run("CREATE TABLE t (id int PRIMARY KEY, c nvarchar(10)); INSERT t VALUES (1, N'new')");
    CollectingSink recreated = execute(h, 1);
    assertThat(columns(recreated)).containsExactly("id", "c");
    assertThat(rows(recreated)).containsExactly(List.of(1, "new"));
  }

  @Test
  void aPreparedInsertFollowsTheCurrentDatabaseAndTheTablesDefaults() {
    run("CREATE DATABASE other");
    run("CREATE TABLE t (id int PRIMARY KEY, d int DEFAULT 1)");
    run("USE other; CREATE TABLE t (id int PRIMARY KEY, d int DEFAULT 2); USE master");
    int h = prepare("@id int", "INSERT INTO t (id) VALUES (@id)");
    assertThat(execute(h, 1).errors()).isEmpty();
    run("USE other");
    assertThat(execute(h, 2).errors()).isEmpty();
    run("ALTER TABLE t ADD e int NOT NULL CONSTRAINT df_e DEFAULT 3");
    assertThat(execute(h, 3).errors()).isEmpty();
    run("ALTER TABLE t DROP CONSTRAINT df_e");
    assertThat(execute(h, 4).errors()).extracting(SqlMessage::number).containsExactly(515);
    assertThat(rows(TestSessions.run(session, "SELECT id, d, e FROM other.dbo.t ORDER BY id")))
        .containsExactly(List.of(2, 2, 3), List.of(3, 2, 3));
    assertThat(rows(TestSessions.run(session, "SELECT id, d FROM master.dbo.t")))
        .containsExactly(List.of(1, 1));
  }

  @Test
  void identityInsertChangesHowAPreparedInsertBinds() {
    run("CREATE TABLE t (id int IDENTITY(1,1) PRIMARY KEY, v int)");
    int h = prepare("@id int,@v int", "INSERT INTO t (id, v) VALUES (@id, @v)");
    assertThat(execute(h, 5, 50).errors()).extracting(SqlMessage::number).containsExactly(544);
    run("SET IDENTITY_INSERT t ON");
    assertThat(execute(h, 5, 50).errors()).isEmpty();
    run("SET IDENTITY_INSERT t OFF");
    assertThat(execute(h, 6, 60).errors()).extracting(SqlMessage::number).containsExactly(544);
    assertThat(rows(TestSessions.run(session, "SELECT id, v FROM t"))).containsExactly(List.of(5, 50));
  }
}
