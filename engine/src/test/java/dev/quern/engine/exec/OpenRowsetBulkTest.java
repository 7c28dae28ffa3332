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

  @Test
  void aFormatFileMakesTheFileARowsetOfItsColumns() throws IOException {
    Path data = Files.writeString(dir.resolve("d.txt"), "id|name|when\n1|alpha|2024-01-02\n2||2024-03-04\n3|gamma|2024-05-06\n");
    Path fmt = Files.writeString(dir.resolve("d.fmt"), "14.0\n3\n1 SQLCHAR 0 12 \"|\" 1 id \"\"\n"
        + "2 SQLCHAR 0 20 \"|\" 2 name SQL_Latin1_General_CP1_CI_AS\n3 SQLCHAR 0 0 \"\\n\" 0 skipped \"\"\n");
    Path xml = Files.writeString(dir.resolve("d.xml"), "<?xml version=\"1.0\"?>\n<BCPFORMAT"
        + " xmlns=\"http://schemas.microsoft.com/sqlserver/2004/bulkload/format\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
        + "<RECORD><FIELD ID=\"1\" xsi:type=\"CharTerm\" TERMINATOR=\"|\"/><FIELD ID=\"2\" xsi:type=\"CharTerm\" TERMINATOR=\"|\"/>"
        + "<FIELD ID=\"3\" xsi:type=\"CharTerm\" TERMINATOR=\"\\n\"/></RECORD>\n<ROW><COLUMN SOURCE=\"3\" NAME=\"day\" xsi:type=\"SQLDATE\"/>"
        + "<COLUMN SOURCE=\"1\" NAME=\"n\" xsi:type=\"SQLINT\"/></ROW>\n</BCPFORMAT>\n");
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      String plain = "OPENROWSET(BULK '" + data + "', FORMATFILE = '" + fmt + "', FIRSTROW = 2) AS f";
      assertThat(TestSessions.rows(s, "SELECT id, ISNULL(name, 'null') FROM " + plain + " ORDER BY id"))
          .containsExactly("1,alpha", "2,null", "3,gamma");
      CollectingSink star = TestSessions.run(s, "SELECT * FROM " + plain);
      assertThat(star.events.getFirst()).isInstanceOfSatisfying(CollectingSink.Columns.class, c -> {
        assertThat(c.columns()).extracting(col -> col.name()).containsExactly("id", "name");
        assertThat(c.columns()).extracting(col -> dev.quern.catalog.type.SqlTypes.sqlName(col.type()))
            .containsExactly("varchar(12)", "varchar(20)");
      });
      String typed = "OPENROWSET(BULK '" + data + "', FORMATFILE = '" + xml + "', FIRSTROW = 2, LASTROW = 3) AS x";
      assertThat(TestSessions.rows(s, "SELECT n + 1, DATEADD(day, 1, day) FROM " + typed + " ORDER BY n"))
          .containsExactly("2,2024-01-03", "3,2024-03-05");
      TestSessions.rows(s, "CREATE TABLE t (id int, name varchar(20))");
      TestSessions.rows(s, "INSERT t SELECT id, name FROM " + plain + " WHERE name IS NOT NULL");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM t")).containsExactly("2");
      // Without FIRSTROW the header row is a row too: its "id" is no int.
      assertThat(numbers(TestSessions.run(s, "SELECT * FROM OPENROWSET(BULK '" + data + "', FORMATFILE = '" + xml + "') AS x")))
          .containsExactly(4864);
    }
  }

  @Test
  void formatFileRowsetErrors() throws IOException {
    Path data = Files.writeString(dir.resolve("d.txt"), "1\n");
    Path fmt = Files.writeString(dir.resolve("d.fmt"), "14.0\n1\n1 SQLCHAR 0 0 \"\\n\" 1 id \"\"\n");
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      assertThat(numbers(TestSessions.run(s, "SELECT * FROM OPENROWSET(BULK '" + data + "', FIRSTROW = 2) AS x"))).containsExactly(102);
      assertThat(numbers(TestSessions.run(s, "SELECT * FROM OPENROWSET(BULK '" + data + "', FORMATFILE = '" + fmt
          + "', ERRORFILE = 'e.txt') AS x"))).containsExactly(40517);
      assertThat(numbers(TestSessions.run(s, "SELECT * FROM OPENROWSET(BULK '" + data + "', FORMATFILE = '/nonexistent/f.fmt') AS x")))
          .containsExactly(4860);
      assertThat(numbers(TestSessions.run(s, "SELECT * FROM OPENROWSET(BULK '" + data + "', FORMATFILE = '" + fmt + "')")))
          .containsExactly(491);
      TestSessions.rows(s, "CREATE LOGIN fl WITH PASSWORD = 'Xx!12345678'");
      assertThat(numbers(TestSessions.run(s,
          "EXECUTE AS LOGIN = 'fl'; SELECT * FROM OPENROWSET(BULK '" + data + "', FORMATFILE = '" + fmt + "') AS x; REVERT")))
          .containsExactly(4834);
    }
  }
}
