package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OPENROWSET(BULK 'file', SINGLE_BLOB | SINGLE_CLOB | SINGLE_NCLOB): a file as one value. */
class OpenRowsetBulkTest {
  @TempDir Path dir;

  private static List<Integer> numbers(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void aFileIsOneRowOfBulkColumnAsBytesOrText() throws IOException {
    Path blob = Files.write(dir.resolve("model.pkl"), new byte[] {0, 1, 2, (byte) 0xFF});
    Path clob = Files.write(dir.resolve("t.txt"), "\uFEFFhé".getBytes(StandardCharsets.UTF_8));
    Path nclob = Files.write(dir.resolve("n.txt"), "\uFEFFä€".getBytes(StandardCharsets.UTF_16LE));
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, "CREATE TABLE models (id int IDENTITY, model varbinary(max))");
      TestSessions.rows(s, "INSERT models (model) SELECT BulkColumn FROM OPENROWSET(BULK '" + blob + "', SINGLE_BLOB) AS f");
      assertThat(TestSessions.rows(s, "SELECT DATALENGTH(model), CONVERT(varchar(20), model, 1) FROM models"))
          .containsExactly("4,0x000102FF");
      assertThat(TestSessions.rows(s, "SELECT BulkColumn, LEN(BulkColumn) FROM OPENROWSET(BULK '" + clob + "', SINGLE_CLOB) x"))
          .containsExactly("hé,2");
      assertThat(TestSessions.rows(s, "SELECT x.BulkColumn FROM OPENROWSET(BULK N'" + nclob + "', SINGLE_NCLOB) AS x"))
          .containsExactly("ä€");
      CollectingSink types = TestSessions.run(s, "SELECT * FROM OPENROWSET(BULK '" + clob + "', SINGLE_CLOB) AS x");
      assertThat(types.events.getFirst()).isInstanceOfSatisfying(CollectingSink.Columns.class,
          c -> assertThat(c.columns().getFirst().name()).isEqualTo("BulkColumn"));
    }
  }

  @Test
  void errors() throws IOException {
    Path blob = Files.write(dir.resolve("f.bin"), new byte[] {1});
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      CollectingSink noAlias = TestSessions.run(s, "SELECT * FROM OPENROWSET(BULK '" + blob + "', SINGLE_BLOB)");
      assertThat(noAlias.errors()).singleElement().satisfies(e -> assertThat(e.text())
          .isEqualTo("A correlation name must be specified for the bulk rowset in the from clause."));
      assertThat(numbers(TestSessions.run(s, "SELECT * FROM OPENROWSET(BULK '/nonexistent/f', SINGLE_BLOB) AS x")))
          .containsExactly(4860);
      assertThat(numbers(TestSessions.run(s, "SELECT * FROM OPENROWSET('SQLNCLI', 'Server=x;', 'SELECT 1') AS x")))
          .containsExactly(40517);
      assertThat(numbers(TestSessions.run(s, "SELECT * FROM OPENROWSET(BULK '" + blob + "', SINGLE_WHAT) AS x")))
          .containsExactly(102);
      TestSessions.rows(s, "CREATE LOGIN bl WITH PASSWORD = 'Xx!12345678'");
      assertThat(numbers(TestSessions.run(s,
          "EXECUTE AS LOGIN = 'bl'; SELECT * FROM OPENROWSET(BULK '" + blob + "', SINGLE_BLOB) AS x; REVERT")))
          .containsExactly(4834);
    }
  }
}
