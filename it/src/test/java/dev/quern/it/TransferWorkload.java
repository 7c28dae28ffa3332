package dev.quern.it;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The load {@link CrashRecoveryIT} kills the server under: several connections each running
 * explicit transfer transactions (a transfer row, two balance updates that keep the total, a
 * ledger row with a client-made key) plus one connection that holds a transaction open until the
 * crash. Every outcome goes to {@link CommitOutcomes}; an error that is not the crash and not an
 * expected conflict (CHECK violation, deadlock victim, lock timeout) is kept as unexpected.
 */
final class TransferWorkload {

  /** Accounts 1 and 2 belong to the holder, so its open transaction blocks no worker. */
  static final int HOLDER_FROM = 1;
  static final int HOLDER_TO = 2;

  private static final int CHECK_VIOLATION = 547;
  private static final int DEADLOCK_VICTIM = 1205;
  private static final int LOCK_TIMEOUT = 1222;

  private final QuernServer server;
  private final CommitOutcomes outcomes;
  private final int accounts;
  private final int cycle;
  private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean crashing;

  TransferWorkload(QuernServer server, CommitOutcomes outcomes, int accounts, int cycle) {
    this.server = server;
    this.outcomes = outcomes;
    this.accounts = accounts;
    this.cycle = cycle;
  }

  void start(int workers) {
    for (int w = 0; w < workers; w++) {
      int worker = w;
      threads.add(Thread.ofPlatform().name("crash-worker-" + w).start(() -> runWorker(worker)));
    }
    threads.add(Thread.ofPlatform().name("crash-holder").start(this::runHolder));
  }

  /** Marks what follows as the crash: from now on client errors are expected. */
  void crashing() {
    crashing = true;
  }

  /** Waits for every client to notice the crash; returns the errors that were not the crash. */
  List<Throwable> awaitEnd() throws InterruptedException {
    for (Thread t : threads) {
      if (!t.join(java.time.Duration.ofSeconds(90))) {
        unexpected.add(new AssertionError(t.getName() + " still running 90 s after the kill"));
      }
    }
    return List.copyOf(unexpected);
  }

  private void runWorker(int worker) {
    try (Connection c = server.connect("encrypt=false;socketTimeout=120000")) {
      c.setAutoCommit(false);
      for (int n = 0; !crashing; n++) {
        if (!transfer(c, "c" + cycle + "-w" + worker + "-" + n)) {
          return;
        }
      }
    } catch (SQLException e) {
      noteUnlessCrash(e);
    }
  }

  /** One transaction; false when the connection is gone (the crash) and the worker should stop. */
  private boolean transfer(Connection c, String key) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int from = 3 + random.nextInt(accounts - 2);
    int to = 3 + (from - 3 + 1 + random.nextInt(accounts - 3)) % (accounts - 2);
    int amount = 1 + random.nextInt(150); // balances start at 200: some transfers hit the CHECK
    boolean commit = false;
    try {
      long seq = nextSequenceValue(c);
      int transferId = insertTransfer(c, from, to, amount);
      // Lower account first, so two transfers between the same pair do not deadlock each other.
      move(c, Math.min(from, to), from < to ? -amount : amount);
      move(c, Math.max(from, to), from < to ? amount : -amount);
      insertLedger(c, key, seq, transferId, amount);
      if (random.nextInt(10) == 0) {
        outcomes.abandoned(key); // deliberately rolled back
        c.rollback();
        return true;
      }
      outcomes.committing(key);
      commit = true;
      c.commit();
      outcomes.acknowledged(key, seq, transferId);
      return true;
    } catch (SQLException e) {
      if (!commit) {
        outcomes.abandoned(key);
      }
      return afterFailure(c, e);
    }
  }

  private boolean afterFailure(Connection c, SQLException e) {
    if (crashing) {
      return false;
    }
    int code = e.getErrorCode();
    if (code != CHECK_VIOLATION && code != DEADLOCK_VICTIM && code != LOCK_TIMEOUT) {
      unexpected.add(e);
    }
    try {
      c.rollback();
      return true;
    } catch (SQLException rollbackFailed) {
      noteUnlessCrash(rollbackFailed);
      return false;
    }
  }

  /** A transaction left open (uncommitted writes in every table) when the server is killed. */
  private void runHolder() {
    String key = "c" + cycle + "-holder";
    outcomes.abandoned(key);
    try (Connection c = server.connect("encrypt=false;socketTimeout=120000")) {
      c.setAutoCommit(false);
      long seq = nextSequenceValue(c);
      int transferId = insertTransfer(c, HOLDER_FROM, HOLDER_TO, 5);
      move(c, HOLDER_FROM, -5);
      move(c, HOLDER_TO, 5);
      insertLedger(c, key, seq, transferId, 5);
      while (!crashing) {
        TimeUnit.MILLISECONDS.sleep(20);
      }
      // Touch the connection so that it sees the crash (the driver notices on the next request).
      try (Statement s = c.createStatement()) {
        s.execute("SELECT 1");
      }
    } catch (SQLException e) {
      noteUnlessCrash(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void noteUnlessCrash(SQLException e) {
    if (!crashing) {
      unexpected.add(e);
    }
  }

  private static long nextSequenceValue(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT NEXT VALUE FOR dbo.crash_seq")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int insertTransfer(Connection c, int from, int to, int amount)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO dbo.transfers (from_id, to_id, amount) VALUES (?, ?, ?); "
                + "SELECT CAST(SCOPE_IDENTITY() AS int)")) {
      p.setInt(1, from);
      p.setInt(2, to);
      p.setInt(3, amount);
      for (boolean isResultSet = p.execute(); ; isResultSet = p.getMoreResults()) {
        if (isResultSet) {
          try (ResultSet rs = p.getResultSet()) {
            rs.next();
            return rs.getInt(1);
          }
        }
        if (p.getUpdateCount() == -1) {
          throw new SQLException("no SCOPE_IDENTITY() row after the transfer insert");
        }
      }
    }
  }

  private static void move(Connection c, int account, int delta) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE dbo.accounts SET balance = balance + ? WHERE id = ?")) {
      p.setInt(1, delta);
      p.setInt(2, account);
      p.executeUpdate();
    }
  }

  private static void insertLedger(Connection c, String key, long seq, int transferId, int amount)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO dbo.ledger (seq_no, txn_key, transfer_id, amount) VALUES (?, ?, ?, ?)")) {
      p.setLong(1, seq);
      p.setString(2, key);
      p.setInt(3, transferId);
      p.setInt(4, amount);
      p.executeUpdate();
    }
  }
}
