package dev.quern.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code quern.jar serve} process: started exactly as a user starts it, with its
 * stdout and stderr captured to a log file, and killed (with its children) on {@link #close()} or
 * when the test JVM exits.
 */
public final class ServerProcess implements AutoCloseable {

  /** The JVM options the Makefile's {@code run} target passes (Arrow and Netty need them on 25). */
  public static final List<String> JVM_OPTIONS =
      List.of(
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--enable-native-access=ALL-UNNAMED",
          "--sun-misc-unsafe-memory-access=allow");

  /** Generous: two cores are shared by many builds, and the first start creates the store. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final Path log;
  private final int port;
  private final Thread killOnExit;

  private ServerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.killOnExit = Thread.ofPlatform().unstarted(this::kill);
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /**
   * Starts {@code java <opens> -jar quern.jar serve --port P --data-dir D --sa-password PW <extra>}
   * and returns once the port accepts and {@code sa} can log in; throws with the log otherwise.
   */
  public static ServerProcess start(
      Path jar, int port, Path dataDir, String saPassword, List<String> extraArgs, Path log)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " does not exist: build it first (mvn -pl server -am package -DskipTests)");
    }
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(JVM_OPTIONS);
    command.add("-Xmx1g");
    command.addAll(List.of("-jar", jar.toString(), "serve"));
    command.addAll(List.of("--port", Integer.toString(port), "--data-dir", dataDir.toString()));
    command.addAll(List.of("--sa-password", saPassword));
    command.addAll(extraArgs);
    Files.createDirectories(log.getParent());
    // Appends, so a restarted server's log follows the first one's.
    Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    ServerProcess server = new ServerProcess(process, log, port);
    try {
      server.awaitReady(saPassword);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The captured stdout and stderr of the server so far. */
  public String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The server's OS process (tests that inspect its threads and children under /proc). */
  public ProcessHandle handle() {
    return process.toHandle();
  }

  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs (or ran) anyway
    }
  }

  /** SIGKILL at once, children too: a crash, not a shutdown. */
  public void killForcibly() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(String saPassword) {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    Exception last = null;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Quern server exited with code " + process.exitValue() + " before accepting logins"
                + logSection());
      }
      try {
        probe(saPassword);
        return;
      } catch (IOException | SQLException e) {
        last = e;
      }
      sleep(Duration.ofMillis(250));
    }
    throw new IllegalStateException(
        "Quern server did not accept a login on port " + port + " within " + START_TIMEOUT
            + "; last attempt: " + last + logSection(), last);
  }

  /** The port accepts, then a real login through mssql-jdbc works. */
  private void probe(String saPassword) throws IOException, SQLException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
    }
    String url =
        "jdbc:sqlserver://127.0.0.1:" + port
            + ";encrypt=false;trustServerCertificate=true;loginTimeout=10;user=sa;password=" + saPassword;
    try (Connection connection = DriverManager.getConnection(url)) {
      connection.isValid(10);
    }
  }

  private String logSection() {
    return "\n--- server log " + log + " ---\n" + logText() + "--- end of server log ---";
  }

  private static String javaExecutable() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the server", e);
    }
  }
}
