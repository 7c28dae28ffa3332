package dev.quern.it.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What external scripts may leave on the machine, seen from outside the server as an operator
 * sees it: the server's satellite processes under /proc (fork-server parents running {@code
 * quern_satellite} and the satellites they forked), zombies, {@code /dev/shm/quern-*} segments,
 * per-request working directories under the server's scratch root, and the server's thread count.
 */
public final class Leftovers {
  /** One process as /proc/[pid]/stat shows it. */
  public record Proc(long pid, long ppid, char state, String cmdline) {}

  private Leftovers() {}

  /** Every process on the machine, by pid. */
  public static Map<Long, Proc> processes() {
    Map<Long, Proc> out = new HashMap<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path d : dirs) {
        try {
          String stat = Files.readString(d.resolve("stat"), StandardCharsets.UTF_8);
          // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so cut at the last ')'.
          String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          String cmd = new String(Files.readAllBytes(d.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ').strip();
          long pid = Long.parseLong(d.getFileName().toString());
          out.put(pid, new Proc(pid, Long.parseLong(rest[1]), rest[0].charAt(0), cmd));
        } catch (IOException | RuntimeException e) {
          // The process ended while we read it.
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc", e);
    }
    return out;
  }

  /** The server's fork-server parents (children running {@code -m quern_satellite}). */
  public static List<Proc> forkServers(Map<Long, Proc> procs, long serverPid) {
    return procs.values().stream().filter(p -> p.ppid() == serverPid && p.cmdline().contains("quern_satellite")).toList();
  }

  /** The living satellites a fork server forked (its children). */
  public static List<Proc> satellites(Map<Long, Proc> procs, long forkServerPid) {
    return procs.values().stream().filter(p -> p.ppid() == forkServerPid && p.state() != 'Z').toList();
  }

  /** Zombies among the server's descendants: exited processes nobody reaped. */
  public static List<Proc> zombies(Map<Long, Proc> procs, long serverPid) {
    List<Proc> out = new ArrayList<>();
    for (Proc p : procs.values()) {
      if (p.state() == 'Z' && descends(procs, p, serverPid)) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean descends(Map<Long, Proc> procs, Proc p, long ancestor) {
    for (int depth = 0; p != null && depth < 8; depth++) {
      if (p.ppid() == ancestor) {
        return true;
      }
      p = procs.get(p.ppid());
    }
    return false;
  }

  /** The OS threads of a process (/proc/[pid]/status). */
  public static int threads(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("Threads:")) {
          return Integer.parseInt(line.substring(8).strip());
        }
      }
    } catch (IOException e) {
      // Gone.
    }
    return -1;
  }

  /** Names of the shared-memory segments external scripts use. */
  public static List<String> segments() {
    try (Stream<Path> s = Files.list(Path.of("/dev/shm"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("quern-")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The fork servers' directories under the server's scratch roots ({@code <tmp>/quern-ext-<pid>-*}). */
  public static List<Path> hostDirectories(long serverPid) {
    List<Path> out = new ArrayList<>();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (DirectoryStream<Path> roots = Files.newDirectoryStream(tmp, "quern-ext-" + serverPid + "-*")) {
      for (Path root : roots) {
        try (Stream<Path> hosts = Files.find(root, 2, (p, a) -> a.isDirectory() && p.getFileName().toString().startsWith("host-"))) {
          out.addAll(hosts.toList());
        }
      }
    } catch (IOException e) {
      // A directory went away while we walked it: the next look sees the rest.
    }
    return out;
  }

  /**
   * Working directories of requests: everything in a host directory but the control socket and
   * the directories of living spares ({@code .spare-<pid>}); a spare directory whose process is
   * gone is a leftover too.
   */
  public static List<Path> requestDirectories(long serverPid) {
    List<Path> out = new ArrayList<>();
    for (Path host : hostDirectories(serverPid)) {
      try (Stream<Path> entries = Files.list(host)) {
        entries.filter(e -> !livingSpare(e.getFileName().toString()) && !e.getFileName().toString().equals("ctl.sock")).forEach(out::add);
      } catch (IOException e) {
        // The host directory went away meanwhile.
      }
    }
    return out;
  }

  /** The names in a directory (none if it is gone). */
  public static List<String> entries(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean livingSpare(String name) {
    if (!name.startsWith(".spare-")) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(name.substring(7))).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
