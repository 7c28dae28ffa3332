package dev.quern.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a client program (tsql, python) as a subprocess with stdin text and a time limit. */
public final class ExternalClient {

  /** What the program printed and how it ended. */
  public record Result(int exitCode, String stdout, String stderr) {
    /** Everything printed, for assertion messages. */
    public String transcript() {
      return "exit code " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
    }

    /** Non-empty stdout lines. */
    public List<String> lines() {
      return stdout.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private ExternalClient() {}

  /** Runs {@code command} in {@code dir}, feeding {@code stdin}; kills it after {@code limit}. */
  public static Result run(List<String> command, Path dir, Map<String, String> env, String stdin, Duration limit)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("quern-client-", ".out");
    Path err = Files.createTempFile("quern-client-", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      try (var in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException exitedEarly) {
        // the program stopped reading (e.g. a failed login): its output says why
      }
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            String.join(" ", command) + " did not finish within " + limit + "\n"
                + new Result(-1, Files.readString(out), Files.readString(err)).transcript());
      }
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
