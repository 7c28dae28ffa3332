package dev.quern.it.chaos;

import static dev.quern.it.chaos.ScriptCalls.expect;
import static dev.quern.it.chaos.ScriptCalls.spees;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The calls of a chaos run that must fail, and fail only the documented way: a script error
 * (39004 + 39019), MemoryError under the pool's memory limit (39004), a query timeout or a cancel
 * (the driver's ATTENTION acknowledged, the session usable and outside any transaction), a
 * satellite killed with SIGKILL (39012 + 39019); plus large stdout and pool reconfiguration.
 */
public final class Disruptions {
  /** How long a script meant to be stopped sleeps: far longer than any stop takes. */
  private static final int SLEEP_SECONDS = 120;
  /** Reconfigurations are serialized so each can check what it set. */
  private static final Object CONFIG_LOCK = new Object();

  private Disruptions() {}

  static String scriptError(ChaosSession s) throws SQLException, ChaosFinding {
    String marker = "chaos-" + UUID.randomUUID();
    try (Statement st = s.connection().createStatement()) {
      st.execute(spees("x = 1\nraise ValueError(\"" + marker + "\")", ""));
      throw new ChaosFinding("script error: the call succeeded");
    } catch (SQLException e) {
      if (e.getErrorCode() != 39004 || !ChaosFinding.has(e, 39019) || !ChaosFinding.text(e).contains("ValueError: " + marker)) {
        throw ChaosFinding.unexpected("39004 then 39019 with the traceback", e);
      }
    }
    return "39004";
  }

  /** 2-10 MB printed: it arrives under the STDOUT header, whole or cut with an exact note. */
  static String bigStdout(ChaosSession s) throws SQLException, ChaosFinding {
    int lines = 2048 + s.random().nextInt(8 * 1024);
    String script = "import sys\nfor i in range(n):\n    sys.stdout.write(\"%08d\" % i + \"x\" * 1015 + \"\\n\")";
    StringBuilder got = new StringBuilder();
    try (Statement st = s.connection().createStatement()) {
      st.execute(spees(script, "@params = N'@n int', @n = " + lines));
      for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
        got.append(w.getMessage());
      }
    }
    String header = "STDOUT message(s) from external script: \n";
    expect(got.indexOf(header) == 0, "stdout: the header first, got " + got.substring(0, Math.min(80, got.length())));
    String body = got.substring(header.length());
    int note = body.indexOf("[Quern: output truncated, ");
    String kept = note < 0 ? body : body.substring(0, note);
    long total = lines * 1024L;
    for (int i = 0; i * 1024 < kept.length(); i++) {
      String line = "%08d".formatted(i);
      expect(kept.startsWith(line, i * 1024), "stdout: line " + i + " in place");
    }
    if (note < 0) {
      expect(kept.length() == total - 1, "stdout: all " + total + " chars, got " + kept.length());
    } else {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[Quern: output truncated, (\\d+) more bytes of STDOUT were not kept]").matcher(body.substring(note));
      expect(m.lookingAt(), "stdout: the truncation note, got " + body.substring(note, Math.min(body.length(), note + 100)));
      long more = Long.parseLong(m.group(1));
      // The note starts on a line of its own: a newline was added when the cut fell mid-line.
      expect(kept.length() + more == total || kept.length() - 1 + more == total, "stdout: kept " + kept.length() + " + " + more + " noted != " + total);
    }
    return note < 0 ? "whole" : "capped";
  }

  /** Allocates 40 % of the machine where the default pool allows 20 %: MemoryError, 39004. */
  static String memoryError(ChaosSession s) throws SQLException, ChaosFinding {
    String script = "import os, numpy\nx = numpy.empty(int(os.sysconf(\"SC_PAGE_SIZE\") * os.sysconf(\"SC_PHYS_PAGES\") * 0.4), dtype=numpy.uint8)";
    try (Statement st = s.connection().createStatement()) {
      st.execute(spees(script, ""));
      throw new ChaosFinding("memory: 40 % of the machine allocated under a 20 % limit");
    } catch (SQLException e) {
      if (e.getErrorCode() != 39004 || !ChaosFinding.text(e).contains("MemoryError")) {
        throw ChaosFinding.unexpected("39004 with MemoryError", e);
      }
    }
    return "39004";
  }

  /** Statement.setQueryTimeout: the driver's timeout, then a usable session with no transaction. */
  static String queryTimeout(ChaosSession s) throws SQLException, ChaosFinding {
    Connection c = s.connection();
    try (Statement st = c.createStatement()) {
      st.setQueryTimeout(1 + s.random().nextInt(2));
      st.execute(spees("import time\ntime.sleep(" + SLEEP_SECONDS + ")", ""));
      throw new ChaosFinding("timeout: the sleeping script returned");
    } catch (SQLTimeoutException e) {
      // The driver sent ATTENTION and the server acknowledged it.
    } catch (SQLException e) {
      throw ChaosFinding.unexpected("the query timeout", e);
    }
    usable(c, "timeout");
    return "timeout";
  }

  /** Statement.cancel after a random delay (admission, start, script): cancelled, session usable. */
  static String cancel(ChaosSession s) throws SQLException, ChaosFinding, InterruptedException {
    Connection c = s.connection();
    int delay = s.random().nextInt(1500);
    try (Statement st = c.createStatement()) {
      CompletableFuture<SQLException> call = CompletableFuture.supplyAsync(() -> {
        try {
          st.execute(spees("import time\ntime.sleep(" + SLEEP_SECONDS + ")", ""));
          return null;
        } catch (SQLException e) {
          return e;
        }
      }, r -> Thread.ofVirtual().start(r));
      Thread.sleep(delay);
      // A cancel that comes before the request left does nothing: repeat until it ends.
      while (!call.isDone()) {
        st.cancel();
        try {
          call.get(250, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
          // Still running: cancel again.
        }
      }
      SQLException e = call.join();
      if (e == null) {
        throw new ChaosFinding("cancel: the sleeping script returned");
      }
      if (!"HY008".equals(e.getSQLState()) && !String.valueOf(e.getMessage()).contains("canceled")) {
        throw ChaosFinding.unexpected("the cancel (HY008)", e);
      }
    }
    usable(c, "cancel");
    return "cancelled";
  }

  /** SIGKILL of the satellite running the call: 39012 then 39019. */
  static String killSatellite(ChaosSession s) throws SQLException, ChaosFinding, Exception {
    Path pidFile = s.shared().resolve("pid-" + UUID.randomUUID());
    String script = "import os, time\nopen(path + \".tmp\", \"w\").write(str(os.getpid()))\nos.rename(path + \".tmp\", path)\ntime.sleep(" + SLEEP_SECONDS + ")";
    Connection c = s.connection();
    try (Statement st = c.createStatement()) {
      CompletableFuture<SQLException> call = CompletableFuture.supplyAsync(() -> {
        try {
          st.execute(spees(script, "@params = N'@path nvarchar(400)', @path = N'" + pidFile + "'"));
          return null;
        } catch (SQLException e) {
          return e;
        }
      }, r -> Thread.ofVirtual().start(r));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (!Files.exists(pidFile) && !call.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      expect(Files.exists(pidFile), "kill: the script started (its pid file), call done: " + call.isDone());
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      Files.delete(pidFile);
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      SQLException e = call.get(SLEEP_SECONDS, TimeUnit.SECONDS);
      if (e == null) {
        throw new ChaosFinding("kill: the call succeeded after its satellite " + pid + " was killed");
      }
      if (e.getErrorCode() != 39012 || !ChaosFinding.has(e, 39019)) {
        throw ChaosFinding.unexpected("39012 then 39019", e);
      }
    }
    usable(c, "kill");
    return "39012";
  }

  /** ALTER EXTERNAL RESOURCE POOL + RECONFIGURE, or sp_configure + RECONFIGURE, while calls run. */
  static String reconfigure(ChaosSession s) throws SQLException, ChaosFinding {
    synchronized (CONFIG_LOCK) {
      try (Statement st = s.connection().createStatement()) {
        if (s.random().nextInt(3) == 0) {
          st.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE;");
          return "sp_configure";
        }
        int cpu = 50 + s.random().nextInt(51);
        int[] choices = {0, 0, 6, 10};
        int processes = choices[s.random().nextInt(choices.length)];
        st.execute("ALTER EXTERNAL RESOURCE POOL \"default\" WITH (MAX_CPU_PERCENT = " + cpu + ", MAX_PROCESSES = " + processes + "); ALTER RESOURCE GOVERNOR RECONFIGURE;");
        try (ResultSet rs = st.executeQuery("SELECT max_cpu_percent, max_processes FROM sys.dm_resource_governor_external_resource_pools WHERE name = N'default'")) {
          expect(rs.next() && rs.getInt(1) == cpu && rs.getInt(2) == processes, "reconfigure: the pool shows " + cpu + "/" + processes);
        }
        return "alter-pool";
      }
    }
  }

  /** Puts the default pool back to unlimited processes (end of the run). */
  public static void resetPool(Connection c) throws SQLException {
    synchronized (CONFIG_LOCK) {
      try (Statement st = c.createStatement()) {
        st.execute("ALTER EXTERNAL RESOURCE POOL \"default\" WITH (MAX_CPU_PERCENT = 100, MAX_PROCESSES = 0); ALTER RESOURCE GOVERNOR RECONFIGURE;");
      }
    }
  }

  /** After a stopped call: the session answers and holds no transaction. */
  private static void usable(Connection c, String after) throws SQLException, ChaosFinding {
    try (Statement st = c.createStatement()) {
      expect(ScriptCalls.trancount(st) == 0, after + ": no transaction left open");
    }
  }
}
