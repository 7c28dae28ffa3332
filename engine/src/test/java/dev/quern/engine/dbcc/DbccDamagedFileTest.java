package dev.quern.engine.dbcc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A byte flipped on disk in a table file, as bit rot flips it: DBCC CHECKALLOC and CHECKDB find it
 * (824 with the file and offset, one allocation error, repair_allow_data_loss) after a restart.
 */
class DbccDamagedFileTest {
  @TempDir Path dataDir;

  @Test
  void checkAllocAndCheckDbReportADamagedBlock() throws Exception {
    try (QuernEngine engine = QuernEngine.open(dataDir); EngineSession s = TestSessions.open(engine)) {
      TestSessions.run(s, "CREATE TABLE rot (id int PRIMARY KEY, v nvarchar(100));"
          + " INSERT INTO rot SELECT value, REPLICATE(N'x', 90) FROM GENERATE_SERIES(1, 3000);"
          + " DBCC SHRINKDATABASE (master)"); // the rows now live only in table files
    }
    flipAByteInTheLargestTableFile(dataDir.resolve("data"));
    try (QuernEngine engine = QuernEngine.open(dataDir); EngineSession s = TestSessions.open(engine)) {
      List<SqlMessage> alloc = messages(TestSessions.run(s, "DBCC CHECKALLOC WITH NO_INFOMSGS"));
      assertThat(alloc).extracting(SqlMessage::number).containsExactly(824, 8989, 8958);
      assertThat(alloc.getFirst().severity()).isEqualTo(16);
      assertThat(alloc.getFirst().text())
          .matches("SQL Server detected a logical consistency-based I/O error: incorrect checksum \\(expected: 0x[0-9a-f]{8};"
              + " actual: 0x[0-9a-f]{8}\\)\\. It occurred during a read of page \\(1:0\\) in database ID 1 at offset"
              + " 0x[0-9a-f]{14} in file '.*\\.sst'\\.  Additional messages .*");
      assertThat(alloc.get(1).text()).isEqualTo("CHECKALLOC found 1 allocation errors and 0 consistency errors in database 'master'.");
      assertThat(alloc.get(2).text())
          .isEqualTo("repair_allow_data_loss is the minimum repair level for the errors found by DBCC CHECKALLOC (master).");
      List<SqlMessage> db = messages(TestSessions.run(s, "DBCC CHECKDB (master, NOINDEX) WITH NO_INFOMSGS"));
      assertThat(db).extracting(SqlMessage::number).contains(824, 8989);
      assertThat(db).filteredOn(m -> m.number() == 8989).first().extracting(SqlMessage::text).asString()
          .startsWith("CHECKDB found 1 allocation errors and ");
    }
  }

  private static void flipAByteInTheLargestTableFile(Path store) throws IOException {
    Path sst;
    try (Stream<Path> files = Files.list(store)) {
      sst = files.filter(f -> f.toString().endsWith(".sst"))
          .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
    // Data blocks come first in a table file, its index and footer last, and the catalog's keys
    // sort before every table's rows: the middle of the file is row data, and the store still opens.
    try (RandomAccessFile f = new RandomAccessFile(sst.toFile(), "rw")) {
      long middle = f.length() / 2;
      f.seek(middle);
      int old = f.read();
      f.seek(middle);
      f.write(old ^ 0x5A);
    }
  }

  private static List<SqlMessage> messages(CollectingSink sink) {
    return sink.events.stream().filter(e -> e instanceof CollectingSink.Message)
        .map(e -> ((CollectingSink.Message) e).message()).toList();
  }
}
