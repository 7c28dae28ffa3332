package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.chaos.ChaosFinding;
import dev.quern.it.chaos.ChaosOp;
import dev.quern.it.chaos.ChaosSession;
import dev.quern.it.chaos.Disruptions;
import dev.quern.it.chaos.Findings;
import dev.quern.it.chaos.Leftovers;
import dev.quern.it.chaos.ScriptCalls;
import dev.quern.it.support.QuernServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sp_execute_external_script under adversarial load: {@code chaos.sessions} mssql-jdbc sessions
 * (14) for {@code chaos.seconds} (60), each picking calls from a seeded mix ({@code chaos.seed}):
 * trivial scripts, 200k-row pass-through, partitions, @r_rowsPerRead streaming, a pickled model
 * through an OUTPUT parameter and back, INSERT … EXEC committed or rolled back, DMV reads, script
 * errors, 2-10 MB of stdout, MemoryError, query timeouts, cancels, satellites killed with SIGKILL
 * and resource pool changes. Every call is bounded on the client ({@code chaos.hangSeconds}) and
 * checked by its oracle. Once idle: no request left in the DMV, no satellites beyond the spares,
 * no zombies, no shared-memory segments or request directories left, the thread count bounded,
 * and a trivial script still answering within a second. Run long locally with e.g.
 * {@code -Dchaos.seconds=900 -Dchaos.seed=7}.
 */
class ExternalScriptChaosIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final int SECONDS = Integer.getInteger("chaos.seconds", 60);
  private static final int SESSIONS = Integer.getInteger("chaos.sessions", 14);
  private static final long SEED = Long.getLong("chaos.seed", 20261127L);
  private static final int HANG_SECONDS = Integer.getInteger("chaos.hangSeconds", 180);
  /** The pool's default spares per host; a host keeps up to twice that while calls outrun it. */
  private static final int SPARES = 2;
  /** sa and chaos_user: one pool key each. */
  private static final int LOGINS = 2;
  /** How long the server gets to become idle after the run before leftovers are findings. */
  private static final long QUIET_SECONDS = 30;

  private static final String USER_PASSWORD = "Chaos-User-Pa55word!";

  private final Findings findings = new Findings();

  @Test
  @Timeout(value = 3, unit = TimeUnit.HOURS) // the run bounds itself (chaos.seconds, hang limits); long local runs pass the default
  void externalScriptsHammeredTogetherAnswerAsDocumentedAndLeaveNothingBehind() throws Exception {
    Path shared = Files.createTempDirectory("quern-chaos-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx")); // past the umask
    long serverPid = SERVER.processHandle().pid();
    List<String> segmentsBefore = Leftovers.segments();
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;");
      ScriptCalls.createTables(c);
      // Odd sessions log in as a second login: its own fork server and satellite account.
      s.execute("CREATE LOGIN chaos_user WITH PASSWORD = '" + USER_PASSWORD + "'; CREATE USER chaos_user FOR LOGIN chaos_user;"
          + " GRANT EXECUTE ANY EXTERNAL SCRIPT TO chaos_user; GRANT SELECT, INSERT ON dbo.chaos_big TO chaos_user; GRANT SELECT, INSERT ON dbo.chaos_ins TO chaos_user; GRANT SELECT, INSERT ON dbo.chaos_pk TO chaos_user;");
    }
    ChaosSession warm = session(-1, shared);
    ChaosOp.TRIVIAL.run(warm);
    warm.close();
    int threadsBefore = Leftovers.threads(serverPid);
    AtomicInteger maxThreads = new AtomicInteger(threadsBefore);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      ChaosSession session = session(i, shared);
      workers.add(Thread.ofVirtual().name("chaos-" + i).start(() -> loop(session, deadline)));
    }
    Thread sampler = Thread.ofVirtual().start(() -> sampleThreads(serverPid, maxThreads));
    for (Thread w : workers) {
      w.join(TimeUnit.SECONDS.toMillis(SECONDS + 2L * HANG_SECONDS + 60));
      if (w.isAlive()) {
        findings.add("HANG: " + w.getName() + " never ended; dumps in " + HangDump.write(SERVER, "ExternalScriptChaosIT-hang"));
      }
    }
    sampler.interrupt();
    assertThat(SERVER.isAlive()).as("the server survived").isTrue();

    try (Connection c = SERVER.connect()) {
      Disruptions.resetPool(c);
      checkIdle(c, serverPid, segmentsBefore);
    }
    int threadsAfter = Leftovers.threads(serverPid);
    // Bounded, not constant: carrier and pool threads come and go; growth with the calls is a leak.
    if (threadsAfter > Math.max(2 * threadsBefore, threadsBefore + 100)) {
      findings.add("threads: " + threadsBefore + " before the run, " + threadsAfter + " after it (peak " + maxThreads.get() + ")");
    }
    trivialStillFast(shared);
    System.out.printf("chaos: %d sessions, %d s, seed %d: %d calls; server threads %d before, peak %d, %d after%n%s",
        SESSIONS, SECONDS, SEED, findings.calls(), threadsBefore, maxThreads.get(), threadsAfter, findings.summary());
    findings.all().forEach(f -> System.out.println("FINDING " + f));
    try (java.util.stream.Stream<Path> left = Files.list(shared)) {
      for (Path p : left.toList()) {
        Files.deleteIfExists(p); // pid files of calls that ended in a finding
      }
    }
    Files.deleteIfExists(shared);
    assertThat(findings.all()).as("findings of the chaos run (seed " + SEED + ")").isEmpty();
  }

  private ChaosSession session(int id, Path shared) {
    ChaosSession.Connector connector = id % 2 == 1
        ? props -> java.sql.DriverManager.getConnection("jdbc:sqlserver://" + SERVER.host() + ":" + SERVER.port() + ";user=chaos_user;password=" + USER_PASSWORD + ";loginTimeout=30;" + props)
        : props -> SERVER.connect(props);
    return new ChaosSession(id, SEED, connector, shared, SERVER.processHandle().pid());
  }

  /** One session: calls until the deadline, each bounded by the hang limit. */
  private void loop(ChaosSession session, long deadline) {
    try {
      while (System.nanoTime() < deadline) {
        ChaosOp picked = ChaosOp.pick(session.random());
        ChaosOp op = picked.needsAdmin() && session.id() % 2 == 1 ? ChaosOp.TRIVIAL : picked;
        session.step("calling");
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> {
          try {
            return op.run(session);
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        }, r -> Thread.ofVirtual().name("chaos-" + session.id() + "-" + op).start(r));
        try {
          findings.count(op.name(), call.get(HANG_SECONDS, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
          findings.count(op.name(), "HUNG");
          findings.add("HANG: session " + session.id() + " " + op + " did not return within " + HANG_SECONDS + " s (" + session.step() + "); dumps in "
              + HangDump.write(SERVER, "ExternalScriptChaosIT-hang-" + session.id()));
          session.abandon();
        } catch (ExecutionException e) {
          findings.count(op.name(), "finding");
          record(session, op, e.getCause() instanceof CompletionException ce ? ce.getCause() : e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      session.close();
    }
  }

  private void record(ChaosSession session, ChaosOp op, Throwable t) {
    String where = "session " + session.id() + " " + op + ": ";
    switch (t) {
      case ChaosFinding f -> findings.add(where + f.getMessage());
      case SQLException e -> {
        findings.add(where + "unexpected " + ChaosFinding.describe(e));
        session.abandon(); // whatever state the connection is in, the next call starts clean
      }
      default -> {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        findings.add(where + w);
        session.abandon();
      }
    }
  }

  private static void sampleThreads(long pid, AtomicInteger max) {
    while (!Thread.currentThread().isInterrupted()) {
      max.accumulateAndGet(Leftovers.threads(pid), Math::max);
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Waits (bounded) for the server to be idle, then records what is left: requests in the DMV,
   * satellites beyond the spares, zombies, segments, request directories, orphaned host directories.
   */
  private void checkIdle(Connection c, long serverPid, List<String> segmentsBefore) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(QUIET_SECONDS);
    List<String> left;
    do {
      left = leftovers(c, serverPid, segmentsBefore);
      if (left.isEmpty()) {
        return;
      }
      Thread.sleep(500);
    } while (System.nanoTime() < until);
    left.forEach(l -> findings.add("after the run, idle " + QUIET_SECONDS + " s: " + l));
  }

  private static List<String> leftovers(Connection c, long serverPid, List<String> segmentsBefore) throws SQLException {
    List<String> left = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT external_script_request_id FROM sys.dm_external_script_requests")) {
      while (rs.next()) {
        left.add("sys.dm_external_script_requests still lists " + rs.getString(1));
      }
    }
    Map<Long, Leftovers.Proc> procs = Leftovers.processes();
    List<Leftovers.Proc> hosts = Leftovers.forkServers(procs, serverPid);
    for (Leftovers.Proc host : hosts) {
      int n = Leftovers.satellites(procs, host.pid()).size();
      if (n > 2 * SPARES) {
        left.add(n + " satellites under fork server " + host.pid() + " (spares " + SPARES + ", at most " + 2 * SPARES + " while boosted)");
      }
    }
    Leftovers.zombies(procs, serverPid).forEach(z -> left.add("zombie " + z));
    List<String> segments = new ArrayList<>(Leftovers.segments());
    segments.removeAll(segmentsBefore);
    segments.forEach(g -> left.add("segment /dev/shm/" + g));
    Leftovers.requestDirectories(serverPid).forEach(d -> left.add("request directory " + d));
    int spares = 0;
    for (Path host : Leftovers.hostDirectories(serverPid)) {
      List<String> inside = Leftovers.entries(host);
      if (inside.isEmpty()) {
        left.add("host directory " + host + " (empty, its host gone)");
      }
      spares += (int) inside.stream().filter(n -> n.startsWith(".spare-")).count();
    }
    // Spares of dead hosts live on until used; all of them together stay within the pool's bound.
    if (spares > LOGINS * 2 * SPARES) {
      left.add(spares + " idle satellites for " + LOGINS + " logins (spares " + SPARES + ", at most " + 2 * SPARES + " each while boosted)");
    }
    return left;
  }

  /** A trivial script answers within a second: the pool is warm again (best of three). */
  private void trivialStillFast(Path shared) throws Exception {
    ChaosSession s = session(-2, shared);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      ChaosOp.TRIVIAL.run(s);
      best = Math.min(best, System.nanoTime() - t);
    }
    s.close();
    if (best > TimeUnit.SECONDS.toNanos(1)) {
      findings.add("a trivial script took " + TimeUnit.NANOSECONDS.toMillis(best) + " ms after the run");
    }
  }
}
