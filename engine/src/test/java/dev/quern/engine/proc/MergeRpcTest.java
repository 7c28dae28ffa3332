package dev.quern.engine.proc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.PreparedRpcs;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MERGE prepared once and run with parameters (sp_prepare/sp_execute, as mssql-jdbc sends it). */
class MergeRpcTest {
  @Test
  void aPreparedUpsertInsertsThenUpdates() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      TestSessions.run(s, "CREATE TABLE counts (id int PRIMARY KEY, n int NOT NULL)");
      int h = PreparedRpcs.prepare(s, "@P0 int",
          "MERGE counts WITH (HOLDLOCK) AS t USING (VALUES (@P0)) AS src (id) ON t.id = src.id"
              + " WHEN MATCHED THEN UPDATE SET n = t.n + 1"
              + " WHEN NOT MATCHED THEN INSERT (id, n) VALUES (src.id, 1)"
              + " OUTPUT $action, inserted.n;");
      for (int id : new int[] {7, 7, 8, 7}) {
        CollectingSink sink = new CollectingSink();
        s.executeRpc(PreparedRpcs.execute(h, id), sink);
        assertThat(sink.errors()).isEmpty();
        assertThat(sink.rows()).hasSize(1);
      }
      CollectingSink sink = new CollectingSink();
      s.executeRpc(PreparedRpcs.execute(h, 8), sink);
      assertThat(Arrays.asList(sink.rows().getFirst())).containsExactly("UPDATE", 2);
      List<List<Object>> rows = TestSessions.run(s, "SELECT id, n FROM counts ORDER BY id").rows().stream()
          .map(Arrays::asList).toList();
      assertThat(rows).containsExactly(List.of(7, 3), List.of(8, 2));
    }
  }

  @Test
  void aPreparedMergeRunsAgainAfterAFailedRun() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      TestSessions.run(s, "CREATE TABLE t (id int PRIMARY KEY, v int) CREATE TABLE src (id int, v int)"
          + " INSERT t VALUES (1, 0) INSERT src VALUES (1, 5), (1, 6)");
      int h = PreparedRpcs.prepare(s, "@P0 int",
          "MERGE t USING (SELECT id, v + @P0 AS v FROM src) s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v;");
      CollectingSink failed = new CollectingSink();
      s.executeRpc(PreparedRpcs.execute(h, 100), failed);
      assertThat(failed.errors()).extracting(e -> e.number()).containsExactly(8672);
      TestSessions.run(s, "DELETE FROM src WHERE v = 6");
      CollectingSink ok = new CollectingSink();
      s.executeRpc(PreparedRpcs.execute(h, 100), ok);
      assertThat(ok.errors()).isEmpty();
      assertThat(TestSessions.run(s, "SELECT v FROM t").rows().getFirst()).containsExactly(105);
    }
  }
}
