package dev.quern.it;

import dev.quern.it.support.QuernServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Evidence for a hang: the thread dump of the server process (found by its data directory on the
 * command line, taken with {@code jcmd Thread.dump_to_file}) and of this test JVM's threads, written
 * beside the server logs so that a stuck lock wait can be read after the run.
 */
final class HangDump {

  private HangDump() {}

  /**
   * Waits until {@code done} holds, polling every 20 ms; after {@code seconds} fails with
   * {@code what} and the path of the thread dumps written as {@code name}.
   */
  static void await(BooleanSupplier done, int seconds, String what, QuernServer server, String name)
      throws InterruptedException {
    for (long waited = 0; !done.getAsBoolean(); waited += 20) {
      if (waited >= seconds * 1000L) {
        throw new AssertionError(what + " within " + seconds + " s; thread dumps in " + write(server, name));
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  static Path write(QuernServer server, String name) {
    Path out = QuernServer.root().resolve("it/target/quern-logs/" + name + ".txt");
    StringBuilder text = new StringBuilder();
    String dataDir = server.dataDir().toString();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir)).orElse(false))
        .forEach(p -> text.append("=== server pid ").append(p.pid()).append('\n')
            .append(jcmdThreadPrint(p.pid())));
    text.append("=== test JVM\n");
    for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
      text.append(t.getKey()).append('\n');
      for (StackTraceElement e : t.getValue()) {
        text.append("    at ").append(e).append('\n');
      }
    }
    try {
      Files.createDirectories(out.getParent());
      Files.writeString(out, text);
    } catch (IOException e) {
      return Path.of("(not written: " + e + ")");
    }
    return out;
  }

  /**
   * The server's threads, virtual ones included (requests run on virtual threads, which {@code
   * Thread.print} leaves out): {@code Thread.dump_to_file} writes them to a file read back here.
   */
  private static String jcmdThreadPrint(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Path file = Files.createTempFile("quern-threads-", ".txt");
      Files.delete(file); // jcmd refuses to overwrite
      Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.dump_to_file",
          "-format=text", file.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      if (!Files.exists(file)) {
        return "jcmd Thread.dump_to_file wrote nothing: " + out + "\n";
      }
      String dump = Files.readString(file);
      Files.delete(file);
      return dump;
    } catch (IOException e) {
      return "jcmd failed: " + e + "\n";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted\n";
    }
  }
}
