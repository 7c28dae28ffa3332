package dev.quern.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short helper commands (initdb, pg_ctl, openssl) and fails with their output. */
public final class Processes {
  private Processes() {}

  /** Runs {@code command} to completion within {@code seconds}; throws unless it exits 0. */
  public static void run(List<String> command, long seconds) throws IOException, InterruptedException {
    Path output = Files.createTempFile("quern-bench-", ".out");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " timed out:\n" + Files.readString(output, StandardCharsets.UTF_8));
      }
      if (p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ":\n"
            + Files.readString(output, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** Whether this JVM runs as root (PostgreSQL refuses to run as root). */
  public static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
