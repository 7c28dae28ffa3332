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

/** BULK INSERT from files the server reads, checked against SQL Server's behaviour (on Linux). */
class BulkInsertTest {
  @TempDir Path dir;
  private QuernEngine engine;
  private EngineSession s;

  @BeforeEach
  void open() {
    engine = QuernEngine.inMemory();
    s = TestSessions.open(engine);
  }

  @AfterEach
  void close() {
    s.close();
    engine.close();
  }

  private String file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private String file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p.toString();
  }

  private List<String> rows(String sql) {
    return TestSessions.rows(s, sql);
  }

  private static List<Integer> numbers(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void defaultTerminatorsAreTabAndLineFeedAndACarriageReturnStaysInTheLastField() throws IOException {
    String f = file("t.txt", "1\talpha\r\n2\tbeta\n");
    rows("CREATE TABLE t (id int, name varchar(20))");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "'");
    assertThat(sink.errors()).isEmpty();
    assertThat(sink.events).contains(new CollectingSink.Done(2, false));
    assertThat(rows("SELECT id, LEN(name), name FROM t ORDER BY id")).containsExactly("1,6,alpha\r", "2,4,beta");
  }

  @Test
  void terminatorsTakeEscapesAndHex() throws IOException {
    String f = file("t.csv", "1,alpha\r\n2,beta\r\n");
    rows("CREATE TABLE t (id int, name varchar(20))");
    rows("BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = '0x2c', ROWTERMINATOR = '\\r\\n')");
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,alpha", "2,beta");
  }

  @Test
  void theLastRowNeedsNoTerminatorButAnEmptyUnterminatedOneIsNotLoaded() throws IOException {
    String f = file("f.txt", "1,a\n3,gamma");
    String g = file("g.txt", "1,a\n2,");
    rows("CREATE TABLE t (id int, name varchar(20)); CREATE TABLE u (id int, name varchar(20))");
    rows("BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = ',')");
    rows("BULK INSERT u FROM '" + g + "' WITH (FIELDTERMINATOR = ',')");
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,a", "3,gamma");
    assertThat(rows("SELECT COUNT(*) FROM u")).containsExactly("1");
  }

  @Test
  void extraFieldsStayInTheLastOneAndAFileEndingInsideARowIs4832() throws IOException {
    String f = file("f.txt", "1,a,extra\n");
    String g = file("g.txt", "1,a\n2");
    rows("CREATE TABLE t (id int, name varchar(20))");
    rows("BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = ',')");
    assertThat(rows("SELECT name FROM t")).containsExactly("a,extra");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + g + "' WITH (FIELDTERMINATOR = ',')");
    assertThat(numbers(sink)).containsExactly(4832, 7399, 7330);
    assertThat(sink.errors().getFirst().text()).isEqualTo("Bulk load: An unexpected end of file was encountered in the data file.");
    assertThat(rows("SELECT COUNT(*) FROM t")).containsExactly("1");
  }

  @Test
  void firstRowAndLastRowChooseFileRows() throws IOException {
    String f = file("f.txt", "1|a\n2|b\n3|c\n4|d\n5|e\n");
    rows("CREATE TABLE t (id int, name varchar(20))");
    rows("BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = '|', FIRSTROW = 2, LASTROW = 4)");
    assertThat(rows("SELECT id FROM t ORDER BY id")).containsExactly("2", "3", "4");
  }

  @Test
  void csvFieldsMayBeQuotedAndHoldTerminatorsQuotesAndNewlines() throws IOException {
    String f = file("f.csv", "id,name,note\n1,\"a,b\",\"x \"\"q\"\" y\"\n2,\"multi\nline\",plain\n3,,\"\"\n");
    rows("CREATE TABLE t (id int, name varchar(20), note varchar(20))");
    rows("BULK INSERT t FROM '" + f + "' WITH (FORMAT = 'CSV', FIRSTROW = 2)");
    assertThat(rows("SELECT name, note FROM t WHERE id = 1")).containsExactly("a,b,x \"q\" y");
    assertThat(rows("SELECT name FROM t WHERE id = 2")).containsExactly("multi\nline");
    assertThat(rows("SELECT COUNT(*) FROM t WHERE id = 3 AND name IS NULL AND note IS NULL")).containsExactly("1");
  }

  @Test
  void aMalformedCsvRecordEndsTheLoadWith4879() throws IOException {
    String f = file("f.csv", "1,a\n2,b,x\n");
    rows("CREATE TABLE t (id int, name varchar(20))");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (FORMAT = 'CSV')");
    assertThat(numbers(sink)).containsExactly(4879, 7399, 7330);
    assertThat(sink.errors().getFirst().text())
        .isEqualTo("Bulk load failed due to invalid column value in CSV data file " + f + " in row 2, column 2.");
    assertThat(rows("SELECT COUNT(*) FROM t")).containsExactly("0");
  }

  @Test
  void aRowThatDoesNotConvertIsReportedAndLeftOutAndErrorShowsIt() throws IOException {
    String f = file("f.txt", "x,alpha\n2,beta\n3,gamma\n");
    rows("CREATE TABLE t (id int, name varchar(20)); CREATE TABLE seen (rc int, err int)");
    CollectingSink sink = TestSessions.run(s,
        "BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = ','); INSERT seen SELECT @@ROWCOUNT, @@ERROR");
    assertThat(numbers(sink)).containsExactly(4864);
    assertThat(sink.errors().getFirst().text()).isEqualTo(
        "Bulk load data conversion error (type mismatch or invalid character for the specified codepage) for row 1, column 1 (id).");
    assertThat(rows("SELECT COUNT(*) FROM t")).containsExactly("2");
    assertThat(rows("SELECT rc, err FROM seen")).containsExactly("2,4864");
    assertThat(rows("SELECT @@ERROR")).containsExactly("0");
  }

  @Test
  void moreBadRowsThanMaxErrorsFailTheLoadAndKeepNothing() throws IOException {
    String f = file("f.txt", "x,a\ny,b\n1,c\n");
    rows("CREATE TABLE t (id int, name varchar(20))");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = ',', MAXERRORS = 1)");
    assertThat(numbers(sink)).containsExactly(4864, 4864, 4865, 7399, 7330);
    assertThat(sink.errors().get(2).text()).isEqualTo("Cannot bulk load because the maximum number of errors (1) was exceeded.");
    assertThat(rows("SELECT COUNT(*) FROM t")).containsExactly("0");
    CollectingSink caught = TestSessions.run(s,
        "BEGIN TRY BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = ',', MAXERRORS = 0) END TRY"
            + " BEGIN CATCH SELECT ERROR_NUMBER() END CATCH");
    assertThat(caught.rows()).singleElement().satisfies(r -> assertThat(r).containsExactly(7330));
  }

  @Test
  void conversionsFollowTheBulkProvidersRules() throws IOException {
    String ints = file("i.txt", " 12 \n- 3\n0012\n1.0\n1e2\n");
    String bits = file("b.txt", "1\n0\ntrue\n 1\n");
    String bins = file("x.txt", "0a0B\n0x0A\nA\n");
    rows("CREATE TABLE i (v int); CREATE TABLE b (v bit); CREATE TABLE x (v varbinary(4))");
    assertThat(numbers(TestSessions.run(s, "BULK INSERT i FROM '" + ints + "'"))).containsExactly(4864, 4864);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT b FROM '" + bits + "'"))).containsExactly(4864, 4864);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT x FROM '" + bins + "'"))).containsExactly(4864, 4864);
    assertThat(rows("SELECT v FROM i ORDER BY v")).containsExactly("-3", "12", "12");
    assertThat(rows("SELECT COUNT(*) FROM b")).containsExactly("2");
    assertThat(rows("SELECT CONVERT(varchar(10), v, 1) FROM x")).containsExactly("0x0A0B");
  }

  @Test
  void tooLongOrOutOfRangeValuesAreTruncationTypeMismatchOrOverflow() throws IOException {
    String f = file("f.txt", "abcd\tabcd\n");
    String big = file("big.txt", "256\n");
    rows("CREATE TABLE t (a varchar(3), b nvarchar(10)); CREATE TABLE u (a varchar(10), b nvarchar(3));"
        + " CREATE TABLE n (v tinyint); CREATE TABLE d (v decimal(5, 2))");
    assertThat(numbers(TestSessions.run(s, "BULK INSERT t FROM '" + f + "'"))).containsExactly(4863);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT u FROM '" + f + "'"))).containsExactly(4864);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT n FROM '" + big + "'"))).containsExactly(4867);
    String dec = file("d.txt", "1.005\n999.995\n");
    assertThat(numbers(TestSessions.run(s, "BULK INSERT d FROM '" + dec + "'"))).containsExactly(4863);
    assertThat(rows("SELECT v FROM d")).containsExactly("1.01");
  }

  @Test
  void identityFieldsAreSkippedUnlessKeepIdentity() throws IOException {
    String f = file("f.txt", "10,a\n20,b\n");
    rows("CREATE TABLE t (id int IDENTITY, name varchar(20)); CREATE TABLE k (id int IDENTITY, name varchar(20))");
    rows("BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = ',')");
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,a", "2,b");
    rows("BULK INSERT k FROM '" + f + "' WITH (FIELDTERMINATOR = ',', KEEPIDENTITY); INSERT k (name) VALUES ('z')");
    assertThat(rows("SELECT id FROM k ORDER BY id")).containsExactly("10", "20", "21");
    // KEEPIDENTITY lends IDENTITY_INSERT to the load only
    assertThat(numbers(TestSessions.run(s, "INSERT k (id, name) VALUES (99, 'no')"))).containsExactly(544);
  }

  @Test
  void emptyFieldsTakeDefaultsUnlessKeepNullsAndNullIntoNotNullIsARowError() throws IOException {
    String f = file("f.txt", "1,,\n");
    rows("CREATE TABLE t (id int, name varchar(20) DEFAULT 'dflt', note varchar(5) DEFAULT 'nd');"
        + " CREATE TABLE k (id int, name varchar(20) DEFAULT 'dflt', note varchar(5) DEFAULT 'nd')");
    rows("BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = ',')");
    rows("BULK INSERT k FROM '" + f + "' WITH (FIELDTERMINATOR = ',', KEEPNULLS)");
    assertThat(rows("SELECT CONCAT_WS('|', id, name, note) FROM t")).containsExactly("1|dflt|nd");
    assertThat(rows("SELECT COUNT(*) FROM k WHERE name IS NULL AND note IS NULL")).containsExactly("1");
    String g = file("g.txt", "1,a\n,b\n3,c\n");
    rows("CREATE TABLE nn (id int NOT NULL, name varchar(20))");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT nn FROM '" + g + "' WITH (FIELDTERMINATOR = ',', KEEPNULLS)");
    assertThat(sink.errors()).singleElement().satisfies(e -> {
      assertThat(e.number()).isEqualTo(4869);
      assertThat(e.text()).isEqualTo(
          "The bulk load failed. Unexpected NULL value in data file row 2, column 1. The destination column (id) is defined as NOT NULL.");
    });
    assertThat(rows("SELECT COUNT(*) FROM nn")).containsExactly("2");
  }

  @Test
  void computedAndRowversionColumnsTakeAFieldEach() throws IOException {
    String f = file("f.txt", "1,x,alpha,y\n2,x,beta,y\n");
    rows("CREATE TABLE t (id int, c AS id * 2, name varchar(20), rv rowversion)");
    rows("BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = ',')");
    assertThat(rows("SELECT id, c, name FROM t ORDER BY id")).containsExactly("1,2,alpha", "2,4,beta");
  }

  @Test
  void triggersFireOnlyWithFireTriggers() throws IOException {
    String f = file("f.txt", "1\ta\n2\tb\n");
    rows("CREATE TABLE t (id int, name varchar(20)); CREATE TABLE log (n int)");
    rows("CREATE TRIGGER tr ON t AFTER INSERT AS INSERT log SELECT COUNT(*) FROM inserted");
    rows("BULK INSERT t FROM '" + f + "'");
    assertThat(rows("SELECT COUNT(*) FROM log")).containsExactly("0");
    rows("BULK INSERT t FROM '" + f + "' WITH (FIRE_TRIGGERS)");
    assertThat(rows("SELECT n FROM log")).containsExactly("2");
  }

  @Test
  void aKeyViolationEndsTheLoadWithNothingOfItLeft() throws IOException {
    String f = file("f.txt", "1|a\n2|b\n3|c\n");
    rows("CREATE TABLE t (id int PRIMARY KEY, name varchar(20)); INSERT t VALUES (3, 'x')");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = '|', TABLOCK)");
    assertThat(numbers(sink)).containsExactly(2627);
    assertThat(rows("SELECT id FROM t")).containsExactly("3");
  }

  @Test
  void widecharFilesAreUtf16() throws IOException {
    byte[] text = "1\tä€\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    String f = file("w.txt", bytes);
    rows("CREATE TABLE t (id int, name nvarchar(20))");
    rows("BULK INSERT t FROM '" + f + "' WITH (DATAFILETYPE = 'widechar')");
    assertThat(rows("SELECT name FROM t")).containsExactly("ä€");
  }

  @Test
  void refusalsAndMissingThings() throws IOException {
    String f = file("f.txt", "1\n");
    rows("CREATE TABLE t (id int)");
    CollectingSink missing = TestSessions.run(s, "BULK INSERT t FROM '/nonexistent/q.txt'");
    assertThat(missing.errors()).singleElement().satisfies(e -> assertThat(e.text())
        .isEqualTo("Cannot bulk load. The file \"/nonexistent/q.txt\" does not exist or you don't have file access rights."));
    assertThat(numbers(TestSessions.run(s, "BULK INSERT nowhere FROM '" + f + "'"))).containsExactly(208);
    CollectingSink codepage = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (CODEPAGE = '65001')");
    assertThat(codepage.errors()).singleElement().satisfies(e -> assertThat(e.text())
        .isEqualTo("Keyword or statement option 'codepage' is not supported on the 'Linux' platform."));
    assertThat(numbers(TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (FIRSTROW = 1, FIRSTROW = 2)"))).containsExactly(102);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (FIELDQUOTE = 'ab', FORMAT = 'CSV')"))).containsExactly(4878);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (DATA_SOURCE = 'nods')"))).containsExactly(12703);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (FORMATFILE = '/nonexistent/x.fmt')"))).containsExactly(4860);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (ERRORFILE_DATA_SOURCE = 'ds')"))).containsExactly(40517);
    assertThat(numbers(TestSessions.run(s, "DECLARE @f varchar(9) = 'f.txt'; BULK INSERT t FROM @f"))).containsExactly(102);
    assertThat(rows("SELECT COUNT(*) FROM t")).containsExactly("0");
  }

  @Test
  void aLoginWithoutBulkadminGets4834() throws IOException {
    String f = file("f.txt", "1\n");
    rows("CREATE TABLE t (id int); CREATE LOGIN bl WITH PASSWORD = 'Xx!12345678'; CREATE USER bl FOR LOGIN bl;"
        + " GRANT INSERT ON t TO bl");
    CollectingSink denied = TestSessions.run(s, "EXECUTE AS LOGIN = 'bl'; BULK INSERT t FROM '" + f + "'; REVERT");
    assertThat(numbers(denied)).containsExactly(4834);
    rows("ALTER SERVER ROLE bulkadmin ADD MEMBER bl");
    CollectingSink allowed = TestSessions.run(s, "EXECUTE AS LOGIN = 'bl'; BULK INSERT t FROM '" + f + "'; REVERT");
    assertThat(allowed.errors()).isEmpty();
    assertThat(rows("SELECT COUNT(*) FROM t")).containsExactly("1");
  }

  @Test
  void tablockLoadsWithoutRowLocksAndStillFindsDuplicatesInTheFileAndTheTable() throws IOException {
    String f = file("f.txt", "1\ta\n2\tb\n3\tc\n");
    String dup = file("dup.txt", "10\tx\n11\tx\n");
    String again = file("again.txt", "20\ty\n20\tz\n");
    rows("CREATE TABLE t (id int PRIMARY KEY, name varchar(20)); CREATE UNIQUE INDEX ux ON t (name)");
    rows("BULK INSERT t FROM '" + f + "' WITH (TABLOCK)");
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,a", "2,b", "3,c");
    assertThat(numbers(TestSessions.run(s, "BULK INSERT t FROM '" + dup + "' WITH (TABLOCK)"))).containsExactly(2601);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT t FROM '" + again + "' WITH (TABLOCK)"))).containsExactly(2627);
    assertThat(numbers(TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (TABLOCK)"))).containsExactly(2627);
    assertThat(rows("SELECT COUNT(*) FROM t")).containsExactly("3");
  }

  @Test
  void aFailedTablockLoadInATransactionUndoesOnlyItselfAndTheTransactionGoesOn() throws IOException {
    String bad = file("bad.txt", "5\tq\n1\tdup\n");
    rows("CREATE TABLE t (id int PRIMARY KEY, name varchar(20))");
    CollectingSink sink = TestSessions.run(s,
        "BEGIN TRAN; INSERT t VALUES (1, 'first'); BULK INSERT t FROM '" + bad + "' WITH (TABLOCK);"
            + " INSERT t VALUES (2, 'after'); SELECT @@TRANCOUNT; COMMIT");
    assertThat(numbers(sink)).containsExactly(2627);
    assertThat(sink.rows()).singleElement().satisfies(r -> assertThat(r).containsExactly(1));
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,first", "2,after");
  }

  @Test
  void otherSessionsWaitForATablockLoadsTransaction() throws IOException {
    String f = file("f.txt", "1\ta\n");
    rows("CREATE TABLE t (id int PRIMARY KEY, name varchar(20)); INSERT t VALUES (100, 'old')");
    try (EngineSession other = TestSessions.open(engine)) {
      rows("BEGIN TRAN; BULK INSERT t FROM '" + f + "' WITH (TABLOCK)");
      CollectingSink blocked = TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT t VALUES (2, 'b')");
      assertThat(numbers(blocked)).containsExactly(1222);
      // Locking readers wait too; row-versioned READ COMMITTED readers see the committed rows.
      CollectingSink locking = TestSessions.run(other, "SET LOCK_TIMEOUT 200; SELECT COUNT(*) FROM t WITH (REPEATABLEREAD)");
      assertThat(numbers(locking)).containsExactly(1222);
      assertThat(TestSessions.run(other, "SET LOCK_TIMEOUT 200; SELECT COUNT(*) FROM t").rows())
          .singleElement().satisfies(r -> assertThat(r).containsExactly(1));
      rows("COMMIT");
      assertThat(TestSessions.run(other, "INSERT t VALUES (2, 'b')").errors()).isEmpty();
      assertThat(rows("SELECT id FROM t ORDER BY id")).containsExactly("1", "2", "100");
    }
  }

  @Test
  void insertWithTablockHoldsTheTableUntilTheTransactionEnds() {
    rows("CREATE TABLE t (id int PRIMARY KEY, name varchar(20))");
    try (EngineSession other = TestSessions.open(engine)) {
      rows("BEGIN TRAN; INSERT INTO t WITH (TABLOCK) (id, name) SELECT value, CONCAT('n', value) FROM GENERATE_SERIES(1, 500)");
      assertThat(numbers(TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT t VALUES (1000, 'x')"))).containsExactly(1222);
      assertThat(numbers(TestSessions.run(s, "INSERT t WITH (TABLOCK) VALUES (5, 'dup')"))).containsExactly(2627);
      rows("INSERT t VALUES (501, 'own')"); // the holder's own later writes
      rows("COMMIT");
      assertThat(TestSessions.run(other, "INSERT t VALUES (1000, 'x')").errors()).isEmpty();
      assertThat(rows("SELECT COUNT(*), MAX(id) FROM t")).containsExactly("502,1000");
    }
  }
}
