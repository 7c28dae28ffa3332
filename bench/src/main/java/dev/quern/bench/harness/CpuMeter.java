package dev.quern.bench.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by the client (this benchmark's own process, where the JDBC driver runs) and by
 * a server (its process and every process under it) between {@link #start} and {@link #stop}.
 *
 * <p>Why: both sides share the machine's two cores, so a throughput figure alone cannot tell a
 * slow server from a hungry client; CPU per operation on each side can (issue 3's point selects:
 * the server's CPU per select is PostgreSQL's, the driver's is not).
 *
 * <p>The server's side is read from {@code /proc}: user and system time of the server's process
 * and of each live descendant, plus what their children that already ended left them ({@code
 * cutime}, {@code cstime}: a PostgreSQL backend that exited). A process whose parent lets the
 * kernel reap it (SIGCHLD ignored, as Quern's fork server does for its satellites) takes its CPU
 * with it when it exits inside the window: the script workloads count the satellite a session
 * keeps, alive at both ends, but not one that served a single call and ended in between.
 * Linux reports those in clock ticks of 1/100 s, so a window should last seconds. The client's
 * side is the JVM's own process CPU time, which can be as coarse (a window of 50 ms that did
 * little work may read as none).
 */
public final class CpuMeter {
  /** Linux's USER_HZ: /proc/PID/stat counts CPU time in these ticks on every architecture we run. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private final long serverPid;
  private long clientAtStart;
  private long serverAtStart;

  /** What one window used, in nanoseconds of CPU on each side. */
  public record Use(long clientNanos, long serverNanos) {
    /** Client CPU per unit of work ({@code units}: operations or rows), in microseconds. */
    public double clientMicrosPer(long units) {
      return clientNanos / 1e3 / units;
    }

    /** Server CPU per unit of work, in microseconds. */
    public double serverMicrosPer(long units) {
      return serverNanos / 1e3 / units;
    }
  }

  /** A meter of {@code serverPid}'s process tree against this process. */
  public CpuMeter(long serverPid) {
    this.serverPid = serverPid;
  }

  /** Starts (or restarts) the window. */
  public void start() {
    clientAtStart = clientNanos();
    serverAtStart = serverNanos();
  }

  /** What was used since {@link #start}. */
  public Use stop() {
    return new Use(clientNanos() - clientAtStart, serverNanos() - serverAtStart);
  }

  private static long clientNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private long serverNanos() {
    ProcessHandle root = ProcessHandle.of(serverPid).orElse(null);
    if (root == null) {
      return 0;
    }
    try (Stream<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants())) {
      return tree.mapToLong(p -> ticks(p.pid())).sum() * NANOS_PER_TICK;
    }
  }

  /** utime + stime + cutime + cstime of one process; 0 once it has gone. */
  private static long ticks(long pid) {
    try {
      return ticksOf(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (IOException e) {
      return 0;
    }
  }

  /** utime + stime + cutime + cstime from the text of a /proc/PID/stat file. */
  static long ticksOf(String stat) {
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields[0] is field 3 (state); utime..cstime are fields 14..17.
    long total = 0;
    for (int field = 14; field <= 17; field++) {
      total += Long.parseLong(fields[field - 3]);
    }
    return total;
  }
}
