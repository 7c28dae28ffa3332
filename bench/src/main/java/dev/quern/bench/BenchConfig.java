package dev.quern.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to run and how much: {@code --only=login,select1,stream} (workload names, or {@code tables}
 * for issue 3's table workloads), {@code --no-postgres},
 * {@code --logins=N}, {@code --selects=N}, {@code --rows=N} (rows streamed, and rows in the
 * table the bulk-insert and read workloads use), {@code --seconds=N} (measured window of each
 * timed workload, after a warm-up of a third of it).
 */
public record BenchConfig(Set<String> only, boolean postgres, int logins, int selects, int rows, int seconds) {

  /** Parses {@code --key=value} arguments over the defaults. */
  public static BenchConfig parse(String[] args) {
    BenchConfig c = new BenchConfig(Set.of(), true, 300, 20_000, 1_000_000, 5);
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      String value = kv.length > 1 ? kv[1] : "";
      c =
          switch (kv[0]) {
            case "--only" -> new BenchConfig(Arrays.stream(value.split(",")).collect(Collectors.toSet()), c.postgres, c.logins, c.selects, c.rows, c.seconds);
            case "--no-postgres" -> new BenchConfig(c.only, false, c.logins, c.selects, c.rows, c.seconds);
            case "--logins" -> new BenchConfig(c.only, c.postgres, positive(arg, value), c.selects, c.rows, c.seconds);
            case "--selects" -> new BenchConfig(c.only, c.postgres, c.logins, positive(arg, value), c.rows, c.seconds);
            case "--rows" -> new BenchConfig(c.only, c.postgres, c.logins, c.selects, positive(arg, value), c.seconds);
            case "--seconds" -> new BenchConfig(c.only, c.postgres, c.logins, c.selects, c.rows, positive(arg, value));
            default -> throw new IllegalArgumentException("unknown option " + arg + "; known: "
                + List.of("--only=", "--no-postgres", "--logins=", "--selects=", "--rows=", "--seconds="));
          };
    }
    return c;
  }

  /** Whether the workload or group named {@code name} is selected (everything when no --only). */
  public boolean selected(String name) {
    return only.isEmpty() || (!name.isEmpty() && only.contains(name));
  }

  private static int positive(String arg, String value) {
    int n = Integer.parseInt(value);
    if (n <= 0) {
      throw new IllegalArgumentException(arg + ": must be positive");
    }
    return n;
  }
}
