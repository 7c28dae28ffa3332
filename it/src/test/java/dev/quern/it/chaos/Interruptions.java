package dev.quern.it.chaos;

import static dev.quern.it.chaos.ScriptCalls.expect;
import static dev.quern.it.chaos.ScriptCalls.quoted;
import static dev.quern.it.chaos.ScriptCalls.spees;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls stopped while data moves or inside a transaction: a cancel during a 200k-row call, a
 * SIGKILL while the script builds its output, a kill or a timeout in the middle of a transaction
 * (the statement fails, the transaction stays open as SQL Server leaves it), a client that drops
 * its connection mid-script (its satellite must go), a script that exits its own process.
 */
public final class Interruptions {
  private Interruptions() {}

  /** A statement of {@code c} running {@code sql} on its own thread; the exception it ended with. */
  private static CompletableFuture<SQLException> start(Statement st, String sql) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        st.execute(sql);
        while (st.getMoreResults() || st.getUpdateCount() != -1) {
          // drain every result so errors after the first result set surface
        }
        return null;
      } catch (SQLException e) {
        return e;
      }
    }, r -> Thread.ofVirtual().start(r));
  }

  /** Cancel at a random moment of a 200k-row pass-through: cancelled, or done before the cancel. */
  static String cancelMidData(ChaosSession s) throws Exception {
    Connection c = s.connection();
    try (Statement st = c.createStatement()) {
      CompletableFuture<SQLException> call = start(st, spees("OutputDataSet = InputDataSet", "@input_data_1 = N'SELECT id, grp, val FROM dbo.chaos_big'"));
      Thread.sleep(s.random().nextInt(3000));
      st.cancel();
      SQLException e = call.get(120, TimeUnit.SECONDS);
      if (e != null && !"HY008".equals(e.getSQLState())) {
        throw ChaosFinding.unexpected("the cancel (HY008) or success", e);
      }
      usableOutsideTransaction(c, "cancel mid-data");
      return e == null ? "finished-first" : "cancelled";
    }
  }

  /** SIGKILL while the script builds a large output: 39012, or success if it finished first. */
  static String killMidOutput(ChaosSession s) throws Exception {
    Path pidFile = s.shared().resolve("pid-" + UUID.randomUUID());
    String script = "import os\nopen(path + \".tmp\", \"w\").write(str(os.getpid()))\nos.rename(path + \".tmp\", path)\nOutputDataSet = pandas.DataFrame({\"a\": range(n), \"b\": [\"row %d\" % i for i in range(n)]})";
    Connection c = s.connection();
    try (Statement st = c.createStatement()) {
      CompletableFuture<SQLException> call = start(st, spees(script, "@params = N'@path nvarchar(400), @n int', @path = N'" + pidFile + "', @n = " + (200_000 + s.random().nextInt(800_000))));
      long pid = awaitPid(pidFile, call);
      Thread.sleep(s.random().nextInt(400));
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      SQLException e = call.get(120, TimeUnit.SECONDS);
      if (e != null && (e.getErrorCode() != 39012 || !ChaosFinding.has(e, 39019))) {
        throw ChaosFinding.unexpected("39012 then 39019, or success", e);
      }
      usableOutsideTransaction(c, "kill mid-output");
      return e == null ? "finished-first" : "39012";
    }
  }

  /**
   * In a transaction: an INSERT … EXEC of k rows, then an INSERT … EXEC stopped by SIGKILL (39012)
   * or by the query timeout. The stopped statement inserts nothing and the transaction stays open
   * (SQL Server ends neither the transaction nor the session for either), so COMMIT keeps exactly k.
   */
  static String stoppedInTransaction(ChaosSession s) throws Exception {
    String tag = UUID.randomUUID().toString();
    int k = 1 + s.random().nextInt(300);
    boolean kill = s.random().nextBoolean();
    boolean commit = s.random().nextBoolean();
    Connection c = s.connection();
    try (Statement st = c.createStatement()) {
      st.execute("BEGIN TRANSACTION");
      st.executeUpdate("INSERT INTO dbo.chaos_ins (tag, n) " + spees("OutputDataSet = pandas.DataFrame({\"t\": [tag] * k, \"n\": range(k)})", "@params = N'@tag nvarchar(40), @k int', @tag = N'" + tag + "', @k = " + k));
      // Streamed in chunks of 10 rows: the first chunk's rows reach the INSERT before the second
      // chunk is stopped, so the statement's rollback must take them out again.
      String stopped = "import os, time\nOutputDataSet = pandas.DataFrame({\"t\": [tag] * len(InputDataSet), \"n\": -InputDataSet.id})\nif InputDataSet.id.min() > 10:\n"
          + (kill ? "    open(path + \".tmp\", \"w\").write(str(os.getpid()))\n    os.rename(path + \".tmp\", path)\n" : "") + "    time.sleep(120)";
      Path pidFile = s.shared().resolve("pid-" + UUID.randomUUID());
      String sql = "INSERT INTO dbo.chaos_ins (tag, n) " + spees(stopped, "@input_data_1 = N'SELECT id FROM dbo.chaos_big WHERE id <= 30', @params = N'@tag nvarchar(40), @path nvarchar(400), @r_rowsPerRead int', @tag = N'" + tag + "', @path = N'" + pidFile + "', @r_rowsPerRead = 10");
      if (kill) {
        try (Statement second = c.createStatement()) {
          CompletableFuture<SQLException> call = start(second, sql);
          ProcessHandle.of(awaitPid(pidFile, call)).ifPresent(ProcessHandle::destroyForcibly);
          SQLException e = call.get(120, TimeUnit.SECONDS);
          if (e == null || e.getErrorCode() != 39012) {
            throw e == null ? new ChaosFinding("killed in a transaction: the INSERT … EXEC succeeded") : ChaosFinding.unexpected("39012", e);
          }
        }
      } else {
        try (Statement second = c.createStatement()) {
          second.setQueryTimeout(1);
          second.executeUpdate(sql);
          throw new ChaosFinding("timeout in a transaction: the INSERT … EXEC returned");
        } catch (SQLTimeoutException e) {
          // ATTENTION acknowledged.
        } catch (SQLException e) {
          throw ChaosFinding.unexpected("the query timeout", e);
        }
      }
      expect(ScriptCalls.trancount(st) == 1, (kill ? "kill" : "timeout") + " in a transaction: the transaction is still open");
      st.execute(commit ? "COMMIT" : "ROLLBACK");
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(n) FROM dbo.chaos_ins WHERE tag = N'" + tag + "'")) {
        rs.next();
        int want = commit ? k : 0;
        expect(rs.getInt(1) == want && (want == 0 || rs.getInt(2) >= 0), (kill ? "kill" : "timeout") + " in a transaction: " + want + " rows after " + (commit ? "COMMIT" : "ROLLBACK") + ", found " + rs.getInt(1) + " (min n " + rs.getInt(2) + ")");
      }
      return (kill ? "39012" : "timeout") + (commit ? "+commit" : "+rollback");
    } catch (Exception e) {
      try (Statement st = c.createStatement()) {
        st.execute("IF @@TRANCOUNT > 0 ROLLBACK");
      } catch (SQLException ignored) {
        // The finding says what went wrong.
      }
      throw e;
    }
  }

  /**
   * The client drops its connection mid-script: the satellite must be gone soon after. A plain
   * (unencrypted) connection of its own, so that dropping it closes the TCP socket at once.
   */
  static String disconnect(ChaosSession s) throws Exception {
    Path pidFile = s.shared().resolve("pid-" + UUID.randomUUID());
    String script = "import os, time\nopen(path + \".tmp\", \"w\").write(str(os.getpid()))\nos.rename(path + \".tmp\", path)\ntime.sleep(120)";
    Connection c = s.open("encrypt=false");
    Statement st = c.createStatement();
    CompletableFuture<SQLException> call = start(st, spees(script, "@params = N'@path nvarchar(400)', @path = N'" + pidFile + "'"));
    s.step("waiting for the script to start");
    long pid;
    try {
      pid = awaitPid(pidFile, call);
    } finally {
      c.abort(r -> Thread.ofVirtual().start(r));
    }
    s.step("waiting for satellite " + pid + " to end after the disconnect");
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      if (System.nanoTime() > until) {
        throw new ChaosFinding("disconnect: satellite " + pid + " still runs 60 s after its client left");
      }
      Thread.sleep(50);
    }
    return "gone";
  }

  /** os._exit in the script: the satellite is lost (39012); sys.exit: a script error (39004). */
  static String selfExit(ChaosSession s) throws Exception {
    boolean hard = s.random().nextBoolean();
    try (Statement st = s.connection().createStatement()) {
      st.execute(spees(hard ? "import os\nos._exit(3)" : "import sys\nsys.exit(2)", "@input_data_1 = " + quoted("SELECT TOP (10) id FROM dbo.chaos_big")));
      throw new ChaosFinding("self exit: the call succeeded");
    } catch (SQLException e) {
      int want = hard ? 39012 : 39004;
      if (e.getErrorCode() != want || !ChaosFinding.has(e, 39019)) {
        throw ChaosFinding.unexpected(want + " then 39019", e);
      }
      return Integer.toString(want);
    }
  }

  /**
   * SIGKILL of a fork-server parent, as the OOM killer or an operator might: satellites already
   * forked do not depend on it, so calls running and calls to come must still succeed.
   */
  static String killForkServer(ChaosSession s) throws Exception {
    if (s.random().nextBoolean()) {
      // A user script can do it too: satellites run as the same account as their fork server.
      try (Statement st = s.connection().createStatement();
          ResultSet rs = st.executeQuery(spees("import os, signal\npp = os.getppid()\n"
              // A satellite whose host already died has been adopted: leave its adopter alone.
              // Another session may kill the host between these lines (a kept satellite outlives
              // its host's kill): then there is nothing left to kill.
              + "try:\n"
              + "    if b\"quern_satellite\" in open(\"/proc/%d/cmdline\" % pp, \"rb\").read():\n"
              + "        os.kill(pp, signal.SIGKILL)\n"
              + "except (FileNotFoundError, ProcessLookupError):\n    pass\n"
              + "OutputDataSet = pandas.DataFrame({\"a\": [7]})", ""))) {
        expect(rs.next() && rs.getInt(1) == 7, "kill fork server from a script: the script's row");
      }
      for (int i = 0; i < 3; i++) {
        ScriptCalls.trivial(s);
      }
      return "killed-by-script";
    }
    java.util.List<Leftovers.Proc> hosts = Leftovers.forkServers(Leftovers.processes(), s.serverPid());
    if (hosts.isEmpty()) {
      return "no-host";
    }
    ProcessHandle.of(hosts.get(s.random().nextInt(hosts.size())).pid()).ifPresent(ProcessHandle::destroyForcibly);
    for (int i = 0; i < 3; i++) {
      ScriptCalls.trivial(s);
    }
    return "killed";
  }

  private static long awaitPid(Path pidFile, CompletableFuture<SQLException> call) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!Files.exists(pidFile) && !call.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    if (!Files.exists(pidFile)) {
      SQLException e = call.isDone() ? call.get() : null;
      throw new ChaosFinding("the script never started (no pid file): " + (e == null ? (call.isDone() ? "call returned" : "still waiting") : ChaosFinding.describe(e)));
    }
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    Files.delete(pidFile);
    return pid;
  }

  private static void usableOutsideTransaction(Connection c, String after) throws SQLException, ChaosFinding {
    try (Statement st = c.createStatement()) {
      expect(ScriptCalls.trancount(st) == 0, after + ": no transaction left open");
    }
  }
}
