package dev.quern.it;

import dev.quern.it.DocLedger.Change;
import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The DML {@link CrashDdlIT} kills the server under: several connections inserting, updating and
 * deleting rows of dbo.docs (each in its own range of ids, values from {@link DocPayload}), as
 * single autocommit statements or two-statement transactions, while DDL rewrites the table; plus
 * one connection holding an insert open until the crash. Outcomes go to {@link DocLedger}.
 */
final class DocsWorkload {

  /** Each worker's ids start at its number times this; the holder's at 0. */
  static final int IDS_PER_WORKER = 1_000_000;

  /** Deadlock victim and lock timeout: the transaction was rolled back, nothing else is wrong. */
  private static final List<Integer> RETRYABLE = List.of(1205, 1222);

  private final QuernServer server;
  private final DocLedger ledger;
  private final AtomicInteger commits = new AtomicInteger();
  private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean crashing;

  DocsWorkload(QuernServer server, DocLedger ledger) {
    this.server = server;
    this.ledger = ledger;
  }

  void start(int workers) {
    for (int w = 1; w <= workers; w++) {
      int worker = w;
      threads.add(Thread.ofPlatform().name("docs-worker-" + w).start(() -> run(worker)));
    }
    threads.add(Thread.ofPlatform().name("docs-holder").start(this::hold));
  }

  int commits() {
    return commits.get();
  }

  void crashing() {
    crashing = true;
  }

  List<Throwable> awaitEnd() throws InterruptedException {
    for (Thread t : threads) {
      if (!t.join(java.time.Duration.ofSeconds(90))) {
        unexpected.add(new AssertionError(t.getName() + " still running 90 s after the kill"));
      }
    }
    return List.copyOf(unexpected);
  }

  private void run(int worker) {
    List<Integer> live = new ArrayList<>();
    int base = worker * IDS_PER_WORKER;
    int next = base;
    for (int id : ledger.ids()) {
      if (id >= base && id < base + IDS_PER_WORKER) {
        next = Math.max(next, id + 1);
        if (ledger.version(id) > 0) {
          live.add(id);
        }
      }
    }
    try (Connection c = server.connect("encrypt=false;socketTimeout=120000")) {
      while (!crashing) {
        Change change = pick(live, next);
        next += change.versions().containsKey(next) ? 1 : 0;
        if (!apply(c, change)) {
          return;
        }
        // A pause now and then, so that DDL waiting for the table gets it between writers.
        TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextInt(12));
        change.versions().forEach((id, v) -> {
          live.remove(id);
          if (ledger.version(id) > 0) {
            live.add(id);
          }
        });
      }
    } catch (SQLException e) {
      noteUnlessCrash(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An insert (more often while there are few rows), an update, a delete, or two in one. */
  private Change pick(List<Integer> live, int fresh) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int roll = random.nextInt(100);
    if (live.size() < 5 || roll < 35) {
      return roll % 4 == 0 && !live.isEmpty()
          ? new Change(Map.of(fresh, 1, pickLive(live), 0))
          : new Change(Map.of(fresh, 1));
    }
    int id = pickLive(live);
    if (roll < 75) {
      return new Change(Map.of(id, ledger.version(id) + 1));
    }
    return roll < 85 ? new Change(Map.of(id, 0, fresh, 1)) : new Change(Map.of(id, 0));
  }

  private static int pickLive(List<Integer> live) {
    return live.get(ThreadLocalRandom.current().nextInt(live.size()));
  }

  /** One transaction; false when the connection is gone (the crash). */
  private boolean apply(Connection c, Change change) {
    try {
      c.setAutoCommit(change.versions().size() == 1);
      if (change.versions().size() == 1) {
        ledger.committing(change);
        write(c, change);
      } else {
        write(c, change);
        ledger.committing(change);
        c.commit();
      }
      ledger.acknowledged(change);
      commits.incrementAndGet();
      return true;
    } catch (SQLException e) {
      if (crashing) {
        return false; // in doubt if the commit was sent: DocLedger keeps it so
      }
      ledger.failed(change);
      if (!RETRYABLE.contains(e.getErrorCode())) {
        unexpected.add(new AssertionError("docs " + change + ": " + e, e));
      }
      try {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        return true;
      } catch (SQLException rollbackFailed) {
        noteUnlessCrash(rollbackFailed);
        return false;
      }
    }
  }

  private void write(Connection c, Change change) throws SQLException {
    for (Map.Entry<Integer, Integer> e : change.versions().entrySet()) {
      int id = e.getKey();
      int before = ledger.version(id);
      int count = e.getValue() == 0 ? delete(c, id)
          : before == 0 ? insert(c, id, e.getValue())
          : update(c, id, e.getValue());
      if (count != 1) {
        unexpected.add(new AssertionError(change + " changed " + count + " rows of id " + id));
      }
    }
  }

  static int insert(Connection c, int id, int version) throws SQLException {
    DocPayload p = DocPayload.of(id, version);
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO dbo.docs (id, grp, name, ver, blen, bsum, body, note) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setInt(1, id);
      s.setInt(2, Math.floorMod(id, 10));
      s.setString(3, "n" + id);
      s.setInt(4, version);
      s.setInt(5, p.body().length);
      s.setLong(6, p.bodySum());
      s.setBytes(7, p.body());
      s.setString(8, p.note());
      return s.executeUpdate();
    }
  }

  private static int update(Connection c, int id, int version) throws SQLException {
    DocPayload p = DocPayload.of(id, version);
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE dbo.docs SET ver = ?, blen = ?, bsum = ?, body = ?, note = ? WHERE id = ?")) {
      s.setInt(1, version);
      s.setInt(2, p.body().length);
      s.setLong(3, p.bodySum());
      s.setBytes(4, p.body());
      s.setString(5, p.note());
      s.setInt(6, id);
      return s.executeUpdate();
    }
  }

  private static int delete(Connection c, int id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM dbo.docs WHERE id = ?")) {
      s.setInt(1, id);
      return s.executeUpdate();
    }
  }

  /**
   * An insert never committed: its row must not survive. It holds the table's shared lock, so DDL
   * of dbo.docs waits for it: it is rolled back after a while and the holder begins again. Its
   * insert can be a deadlock victim or time out against the DDL, as the workers' writes can
   * ({@link #RETRYABLE}): the holder then just begins again.
   */
  private void hold() {
    int id = -1;
    try (Connection c = server.connect("encrypt=false;socketTimeout=120000")) {
      c.setAutoCommit(false);
      while (!crashing) {
        try {
          insert(c, id--, 1);
        } catch (SQLException e) {
          if (crashing || !RETRYABLE.contains(e.getErrorCode())) {
            throw e;
          }
          c.rollback();
          continue;
        }
        TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(50, 300));
        c.rollback();
        TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(200, 600));
      }
      try (Statement s = c.createStatement()) {
        s.execute("SELECT 1"); // so the driver sees the crash
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
}
