package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.CommitOutcomes.Ack;
import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Durability under SIGKILL: the server runs a concurrent transfer load from several mssql-jdbc
 * connections ({@link TransferWorkload}), is killed at a random moment, restarted on the same data
 * directory, and then must hold exactly the acknowledged transactions (in-doubt commits may go
 * either way), with every constraint and index agreeing with the rows and identity and sequence
 * values continuing above everything acknowledged. Three crash cycles per run; {@code make
 * crash-loop} repeats the class.
 */
class CrashRecoveryIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final int ACCOUNTS = 40;
  private static final int START_BALANCE = 200;
  private static final int WORKERS = 5;
  private static final int CYCLES = 3;

  private final CommitOutcomes outcomes = new CommitOutcomes();

  @Test
  void acknowledgedTransactionsSurviveSigkillAndNothingElseDoes() throws Exception {
    createSchema();
    for (int cycle = 1; cycle <= CYCLES; cycle++) {
      TransferWorkload load = new TransferWorkload(SERVER, outcomes, ACCOUNTS, cycle);
      int before = outcomes.acknowledgedCount();
      load.start(WORKERS);
      awaitFirstCommit(before, cycle);
      TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(300, 2000));
      load.crashing();
      SERVER.kill();
      List<Throwable> unexpected = load.awaitEnd();
      assertThat(unexpected).as("client errors other than the crash, cycle %d", cycle).isEmpty();
      SERVER.restart();
      verifyRecovered(cycle);
    }
  }

  /**
   * The random delay starts once this cycle has an acknowledged commit, so that no cycle can pass
   * without having put a committed transaction at risk.
   */
  private void awaitFirstCommit(int before, int cycle) throws InterruptedException {
    HangDump.await(() -> outcomes.acknowledgedCount() > before, 60,
        "no commit acknowledged in cycle " + cycle, SERVER, "CrashRecoveryIT-hang-" + cycle);
  }

  private void createSchema() throws SQLException {
    try (Connection c = SERVER.connect("encrypt=false");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE dbo.accounts (id int NOT NULL PRIMARY KEY, balance int NOT NULL "
              + "CONSTRAINT ck_accounts_balance CHECK (balance >= 0))");
      s.execute(
          "CREATE TABLE dbo.transfers (id int IDENTITY(1,1) NOT NULL PRIMARY KEY, "
              + "from_id int NOT NULL REFERENCES dbo.accounts (id), "
              + "to_id int NOT NULL REFERENCES dbo.accounts (id), amount int NOT NULL)");
      s.execute("CREATE INDEX ix_transfers_from ON dbo.transfers (from_id)");
      s.execute(
          "CREATE TABLE dbo.ledger (seq_no bigint NOT NULL PRIMARY KEY, txn_key nvarchar(40) NOT NULL, "
              + "transfer_id int NOT NULL REFERENCES dbo.transfers (id), amount int NOT NULL)");
      s.execute("CREATE UNIQUE INDEX ux_ledger_key ON dbo.ledger (txn_key)");
      s.execute("CREATE SEQUENCE dbo.crash_seq AS bigint START WITH 1 INCREMENT BY 1");
      for (int id = 1; id <= ACCOUNTS; id++) {
        s.execute("INSERT INTO dbo.accounts (id, balance) VALUES (" + id + ", " + START_BALANCE + ")");
      }
    }
  }

  private void verifyRecovered(int cycle) throws SQLException {
    try (Connection c = SERVER.connect("encrypt=false")) {
      RecoveredState state = RecoveredState.read(c);
      String when = "after crash " + cycle;
      assertThat(state.ledger().keySet())
          .as("acknowledged transactions lost %s", when)
          .containsAll(outcomes.acknowledged().keySet());
      assertThat(state.ledger().keySet())
          .as("rolled-back or uncommitted transactions present %s", when)
          .doesNotContainAnyElementsOf(outcomes.absent());
      for (Map.Entry<String, Ack> ack : outcomes.acknowledged().entrySet()) {
        assertThat(state.ledger().get(ack.getKey())).as("ledger row of %s", ack.getKey())
            .isEqualTo(ack.getValue());
      }
      state.assertConsistent(ACCOUNTS, START_BALANCE, when);
      int inDoubt = outcomes.unknown().size();
      int kept = outcomes.resolveUnknown(state.ledger());
      System.out.printf(
          "crash cycle %d: %d rows recovered, %d acknowledged in all, %d must be absent, "
              + "%d in-doubt commits of which %d kept%n",
          cycle, state.ledger().size(), outcomes.acknowledgedCount(), outcomes.absent().size(),
          inDoubt, kept);
      assertThat(state.ledger().keySet()).as("rows no client ever wrote")
          .containsExactlyInAnyOrderElementsOf(outcomes.acknowledged().keySet());
      verifyIndexesAgree(c, state, when);
      verifyForeignKeysResolve(c, when);
      verifyIdentityContinues(c, state, when);
      verifySequenceContinues(c, state, when);
      verifyConstraintsStillEnforced(c, state);
    }
  }

  /** Every row is found through each index; keys that must be absent are not found through it. */
  private void verifyIndexesAgree(Connection c, RecoveredState state, String when)
      throws SQLException {
    // An equality on an index's leading column is planned as a seek on that index.
    try (PreparedStatement byKey =
        c.prepareStatement("SELECT COUNT(*) FROM dbo.ledger WHERE txn_key = ?")) {
      for (String key : state.ledger().keySet()) {
        assertThat(count(byKey, key)).as("ux_ledger_key finds %s %s", key, when).isEqualTo(1);
      }
      for (String key : outcomes.absent()) {
        assertThat(count(byKey, key)).as("ux_ledger_key finds absent %s %s", key, when).isZero();
      }
    }
    try (PreparedStatement byFrom =
        c.prepareStatement("SELECT COUNT(*) FROM dbo.transfers WHERE from_id = ?")) {
      for (int id = 1; id <= ACCOUNTS; id++) {
        assertThat(count(byFrom, id)).as("ix_transfers_from for account %d %s", id, when)
            .isEqualTo(state.transfersFrom(id));
      }
    }
    try (PreparedStatement byId =
        c.prepareStatement("SELECT COUNT(*) FROM dbo.transfers WHERE id = ?")) {
      for (int id : state.transfers().keySet()) {
        assertThat(count(byId, id)).as("transfers PK finds %d %s", id, when).isEqualTo(1);
      }
    }
  }

  private static void verifyForeignKeysResolve(Connection c, String when) throws SQLException {
    assertThat(Sql.scalar(c, "SELECT COUNT(*) FROM dbo.transfers t LEFT JOIN dbo.accounts a "
        + "ON a.id = t.from_id WHERE a.id IS NULL")).as("dangling from_id %s", when).isZero();
    assertThat(Sql.scalar(c, "SELECT COUNT(*) FROM dbo.transfers t LEFT JOIN dbo.accounts a "
        + "ON a.id = t.to_id WHERE a.id IS NULL")).as("dangling to_id %s", when).isZero();
    assertThat(Sql.scalar(c, "SELECT COUNT(*) FROM dbo.ledger l LEFT JOIN dbo.transfers t "
        + "ON t.id = l.transfer_id WHERE t.id IS NULL")).as("dangling transfer_id %s", when)
        .isZero();
  }

  /** A new identity value is above every row and every acknowledged value from before. */
  private void verifyIdentityContinues(Connection c, RecoveredState state, String when)
      throws SQLException {
    long next;
    c.setAutoCommit(false);
    try {
      next = Sql.scalar(c, "INSERT INTO dbo.transfers (from_id, to_id, amount) VALUES (1, 2, 1); "
          + "SELECT CAST(SCOPE_IDENTITY() AS int)");
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
    assertThat(next).as("identity %s", when)
        .isGreaterThan(state.maxTransferId())
        .isGreaterThan(outcomes.maxAcknowledgedTransfer());
  }

  private void verifySequenceContinues(Connection c, RecoveredState state, String when)
      throws SQLException {
    long next = Sql.scalar(c, "SELECT NEXT VALUE FOR dbo.crash_seq");
    assertThat(next).as("sequence %s", when)
        .isGreaterThan(state.maxSequenceValue())
        .isGreaterThan(outcomes.maxAcknowledgedSequence());
  }

  /** The recovered catalog still enforces each constraint, with SQL Server's error numbers. */
  private static void verifyConstraintsStillEnforced(Connection c, RecoveredState state)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      assertError(s, "INSERT INTO dbo.transfers (from_id, to_id, amount) VALUES (9999, 1, 1)", 547);
      assertError(s, "UPDATE dbo.accounts SET balance = -1 WHERE id = 3", 547);
      assertError(s, "INSERT INTO dbo.accounts (id, balance) VALUES (1, 0)", 2627);
      if (!state.ledger().isEmpty()) {
        String key = state.ledger().keySet().iterator().next();
        assertError(s, "INSERT INTO dbo.ledger (seq_no, txn_key, transfer_id, amount) "
            + "SELECT -1, N'" + key + "', MIN(id), 1 FROM dbo.transfers", 2601);
      }
    }
  }

  private static void assertError(Statement s, String sql, int number) {
    assertThatThrownBy(() -> s.execute(sql))
        .as(sql)
        .isInstanceOfSatisfying(SQLException.class,
            e -> assertThat(e.getErrorCode()).as(e.getMessage()).isEqualTo(number));
  }

  private static long count(PreparedStatement p, Object key) throws SQLException {
    p.setObject(1, key);
    try (ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
