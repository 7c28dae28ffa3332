package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Durability of DDL under SIGKILL: mssql-jdbc connections write rows with values of up to 2 MB
 * ({@link DocsWorkload}) while two others run DDL in a loop on the same and nearby tables ({@link
 * CrashDdlPrograms}: index builds, rebuilds and drops, columns added, widened, renamed and dropped,
 * constraints, TRUNCATE, CREATE and DROP TABLE, SELECT INTO), and the server is killed, mostly while
 * a DDL statement is running. After each restart on the same data directory: every acknowledged
 * write and DDL is there and nothing half-done is (in-doubt ones whole or not at all), the catalog
 * views agree, every LOB reads back byte for byte, every index finds exactly the table's rows, DBCC
 * CHECKDB is clean, and the tables take new DML and DDL.
 */
class CrashDdlIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final int WORKERS = 3;
  /** Crash cycles per run: 4 keeps the class near a minute; stress runs set more. */
  private static final int CYCLES = Integer.getInteger("quern.crashddl.cycles", 4);

  private final DocLedger ledger = new DocLedger();
  private final DdlProgram docsDdl = CrashDdlPrograms.docs();
  private final DdlProgram sideDdl = CrashDdlPrograms.side();

  @Test
  void acknowledgedDmlAndDdlSurviveSigkillInTheMiddleOfDdl() throws Exception {
    try (Connection c = SERVER.connect("encrypt=false")) {
      createSchema(c);
      docsDdl.begin(c);
      sideDdl.begin(c);
    }
    for (int cycle = 1; cycle <= CYCLES; cycle++) {
      DocsWorkload load = new DocsWorkload(SERVER, ledger);
      int docsBefore = docsDdl.applied();
      load.start(WORKERS);
      docsDdl.start(SERVER);
      sideDdl.start(SERVER);
      String hang = "CrashDdlIT-hang-" + cycle;
      HangDump.await(() -> load.commits() > 0 && docsDdl.applied() > docsBefore, 60,
          "no DML commit or docs DDL acknowledged in cycle " + cycle, SERVER, hang);
      TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(300, 2500));
      String midDdl = killMostlyMidDdl();
      load.crashing();
      docsDdl.crashing();
      sideDdl.crashing();
      SERVER.kill();
      List<Throwable> unexpected = new ArrayList<>(load.awaitEnd());
      for (DdlProgram p : List.of(docsDdl, sideDdl)) {
        Throwable t = p.awaitEnd();
        if (t != null) {
          unexpected.add(t);
        }
      }
      assertThat(unexpected).as("client errors other than the crash, cycle %d", cycle).isEmpty();
      SERVER.restart();
      verifyRecovered(cycle, midDdl);
    }
  }

  /**
   * Picks one of the DDL loops (dbo.docs's rewrites twice as often), waits (up to 3 s) for it to
   * send its next statement and kills a random moment into it, lock wait and row copy included;
   * returns the statement, or null when none came.
   */
  private String killMostlyMidDdl() throws InterruptedException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    DdlProgram target = random.nextInt(3) == 0 ? sideDdl : docsDdl;
    int before = target.sent();
    for (int waited = 0; waited < 3000; waited += 2) {
      if (target.sent() > before) {
        TimeUnit.MILLISECONDS.sleep(random.nextLong(0, 250));
        return target.inFlightSql();
      }
      TimeUnit.MILLISECONDS.sleep(2);
    }
    return null;
  }

  private static void createSchema(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.docs (id int NOT NULL CONSTRAINT pk_docs PRIMARY KEY, "
          + "grp int NOT NULL, name varchar(40) NOT NULL, ver int NOT NULL, blen int NOT NULL, "
          + "bsum bigint NOT NULL, body varbinary(max) NULL, note varchar(max) NULL, "
          + "extra1 int NULL)");
      s.execute("CREATE TABLE dbo.side (sid int IDENTITY(1,1) NOT NULL PRIMARY KEY, "
          + "ch char(1) NOT NULL, len int NOT NULL, body varbinary(max) NULL)");
    }
  }

  private void verifyRecovered(int cycle, String midDdl) throws SQLException {
    String when = "after crash " + cycle;
    try (Connection c = SERVER.connect("encrypt=false")) {
      Map<Integer, Integer> rows = RecoveredDocs.read(c, when);
      Set<Integer> everUsed = ledger.ids();
      int kept = ledger.verifyAndResolve(rows, when);
      Set<String> docsFacts = docsDdl.verifyAndResolve(c, when);
      Set<String> sideFacts = sideDdl.verifyAndResolve(c, when);
      assertThat(Sql.scalar(c, "SELECT COUNT(*) FROM sys.tables WHERE name IN ('docs', 'side')"))
          .as("sys.tables %s", when).isEqualTo(2);
      assertThat(Sql.scalar(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
          + "WHERE TABLE_NAME IN ('docs', 'side')")).as("INFORMATION_SCHEMA.TABLES %s", when)
          .isEqualTo(2);
      if (docsFacts.stream().anyMatch(f -> f.startsWith("column docs.c_def "))) {
        assertThat(Sql.scalar(c, "SELECT COUNT(*) FROM dbo.docs WHERE c_def IS NULL OR c_def <> 7"))
            .as("rows without c_def's default %s", when).isZero();
      }
      RecoveredDocs.checkCopies(c, sideFacts, when);
      RecoveredDocs.checkIndexes(c, docsFacts, rows, everUsed, when);
      takesDmlAndDdl(c, when);
      System.out.printf(
          "crash cycle %d (killed in: %s): %d docs rows, %d in-doubt writes kept, DDL acknowledged: docs %d, "
              + "side %d%n",
          cycle, midDdl, rows.size(), kept, docsDdl.applied(),
          sideDdl.applied());
    }
  }

  /** A row written, changed and deleted, an index built and dropped, on the recovered table. */
  private static void takesDmlAndDdl(Connection c, String when) throws SQLException {
    try (Statement s = c.createStatement()) {
      assertThat(DocsWorkload.insert(c, 0, 1)).as("insert %s", when).isEqualTo(1);
      s.execute("CREATE INDEX ix_probe ON dbo.docs (ver, id)");
      assertThat(s.executeUpdate("UPDATE dbo.docs SET ver = ver WHERE id = 0"))
          .as("update %s", when).isEqualTo(1);
      s.execute("DROP INDEX ix_probe ON dbo.docs");
      assertThat(s.executeUpdate("DELETE FROM dbo.docs WHERE id = 0")).as("delete %s", when)
          .isEqualTo(1);
    }
  }
}
