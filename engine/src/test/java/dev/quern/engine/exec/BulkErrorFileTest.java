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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BULK INSERT … WITH (ERRORFILE = …): the rejected rows and their control file. */
class BulkErrorFileTest {
  @TempDir Path dir;
  private QuernEngine engine;
  private EngineSession s;

  @BeforeEach
  void open() {
    engine = QuernEngine.inMemory();
    s = TestSessions.open(engine);
    TestSessions.rows(s, "CREATE TABLE t (id int, name varchar(5) NOT NULL)");
  }

  @AfterEach
  void close() {
    s.close();
    engine.close();
  }

  private String file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p.toString();
  }

  private static List<Integer> numbers(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void rejectedRowsAreCopiedAsTheyStandAndTheControlFileSaysWhere() throws IOException {
    String f = file("f.txt", "1\tok\r\nx\tbad\r\n3\ttoolong\r\n4\tfine\r\n5\t\r\n".getBytes(StandardCharsets.UTF_8));
    Path err = dir.resolve("rejects.txt");
    CollectingSink sink = TestSessions.run(s,
        "BULK INSERT t FROM '" + f + "' WITH (ROWTERMINATOR = '\\r\\n', ERRORFILE = '" + err + "', KEEPNULLS)");
    assertThat(numbers(sink)).containsExactly(4864, 4863, 4869);
    assertThat(TestSessions.rows(s, "SELECT id FROM t ORDER BY id")).containsExactly("1", "4");
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo("x\tbad\r\n3\ttoolong\r\n5\t\r\n");
    assertThat(Files.readString(Path.of(err + ".Error.Txt"), StandardCharsets.US_ASCII)).isEqualTo(
        "Row 2 File Offset 6 ErrorFile Offset 0 - HRESULT 0x80020005\r\n"
            + "Row 3 File Offset 13 ErrorFile Offset 7 - HRESULT 0x80004005\r\n"
            + "Row 5 File Offset 32 ErrorFile Offset 18 - HRESULT 0x80004005\r\n");
  }

  @Test
  void offsetsAreBytesOfTheFilesEncodingAfterItsByteOrderMark() throws IOException {
    byte[] text = "1\té\n2\tx\n99999999999\tz\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    String f = file("w.txt", bytes);
    Path err = dir.resolve("w.err");
    TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (DATAFILETYPE = 'widechar', ERRORFILE = '" + err + "')");
    assertThat(Files.readAllBytes(err)).isEqualTo("99999999999\tz\n".getBytes(StandardCharsets.UTF_16LE));
    assertThat(Files.readString(Path.of(err + ".Error.Txt"), StandardCharsets.US_ASCII))
        .isEqualTo("Row 3 File Offset 18 ErrorFile Offset 0 - HRESULT 0x8002000A\r\n");
  }

  @Test
  void aLoadWithoutBadRowsLeavesNoErrorFile() throws IOException {
    String f = file("f.txt", "1\ta\n".getBytes(StandardCharsets.UTF_8));
    Path err = dir.resolve("none.txt");
    assertThat(TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (ERRORFILE = '" + err + "')").errors()).isEmpty();
    assertThat(err).doesNotExist();
    assertThat(Path.of(err + ".Error.Txt")).doesNotExist();
  }

  @Test
  void anErrorFileThatExistsIs4861TwiceAndNothingLoads() throws IOException {
    String f = file("f.txt", "1\ta\n".getBytes(StandardCharsets.UTF_8));
    String err = file("exists.txt", new byte[0]);
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (ERRORFILE = '" + err + "')");
    assertThat(sink.errors()).extracting(SqlMessage::text).containsExactly(
        "Cannot bulk load because the file \"" + err + "\" could not be opened. Operating system error code 80(The file exists.).",
        "Cannot bulk load because the file \"" + err + ".Error.Txt\" could not be opened. Operating system error code 5(Access is denied.).");
    file("other.txt.Error.Txt", new byte[0]);
    CollectingSink control = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (ERRORFILE = '" + dir.resolve("other.txt") + "')");
    assertThat(numbers(control)).containsExactly(4861);
    CollectingSink nowhere = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (ERRORFILE = '/nonexistent/dir/e.txt')");
    assertThat(numbers(nowhere)).containsExactly(4861);
    assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM t")).containsExactly("0");
  }

  @Test
  void theRowOneTooManyIsCopiedTooAndTheLoadFails() throws IOException {
    String f = file("f.txt", "a\tx\nb\ty\n3\tz\n".getBytes(StandardCharsets.UTF_8));
    Path err = dir.resolve("max.txt");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (MAXERRORS = 1, ERRORFILE = '" + err + "')");
    assertThat(numbers(sink)).containsExactly(4864, 4864, 4865, 7399, 7330);
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo("a\tx\nb\ty\n");
  }
}
