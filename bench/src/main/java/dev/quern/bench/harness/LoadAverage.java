package dev.quern.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed beside the figures because the cores are shared. */
public final class LoadAverage {
  private LoadAverage() {}

  /** "1-min 5-min 15-min" from /proc/loadavg, or "unknown" where there is none. */
  public static String now() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
