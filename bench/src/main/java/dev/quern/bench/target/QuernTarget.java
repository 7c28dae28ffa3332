package dev.quern.bench.target;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
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

/** Quern started the way users start it: {@code java <opens> -jar server/target/quern.jar serve}. */
public final class QuernTarget implements Target {
  private static final List<String> JVM_OPTIONS =
      List.of(
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--enable-native-access=ALL-UNNAMED",
          "--sun-misc-unsafe-memory-access=allow");
  private static final String PASSWORD = "Quern-Bench-Pa55!";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final Path workDir;
  private final Path log;
  private final int port;

  private QuernTarget(Process process, Path workDir, Path log, int port) {
    this.process = process;
    this.workDir = workDir;
    this.log = log;
    this.port = port;
  }

  /** Starts a copy of quern.jar from {@code root} on a free port with a fresh data directory. */
  public static QuernTarget start(Path root, Path logDir) throws IOException {
    Path jar = root.resolve("server/target/quern.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IOException(jar + " is missing: run `make build` first");
    }
    Path workDir = Files.createTempDirectory("quern-bench-");
    // Run a private copy: a build in the same tree during the run rewrites server/target/quern.jar,
    // and a JVM whose jar changes under it fails to load its next class.
    Path runJar = Files.copy(jar, workDir.resolve("quern.jar"));
    int port = FreePort.find();
    Files.createDirectories(logDir);
    Path log = logDir.resolve("quern.log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(JVM_OPTIONS);
    command.addAll(List.of("-jar", runJar.toString(), "serve", "--port", Integer.toString(port)));
    command.addAll(List.of("--data-dir", workDir.resolve("data").toString(), "--sa-password", PASSWORD));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    QuernTarget target = new QuernTarget(process, workDir, log, port);
    try {
      target.awaitLogin();
    } catch (IOException | RuntimeException e) {
      target.close();
      throw e;
    }
    return target;
  }

  @Override
  public String name() {
    return "quern";
  }

  @Override
  public Connection connect(boolean tls) throws SQLException {
    String encryption = tls ? "encrypt=true;trustServerCertificate=true" : "encrypt=false";
    return DriverManager.getConnection(
        "jdbc:sqlserver://127.0.0.1:" + port + ";user=sa;password=" + PASSWORD + ";" + encryption);
  }

  @Override
  public long serverPid() {
    return process.pid();
  }

  @Override
  public Dialect dialect() {
    return Dialect.TSQL;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    TempDirs.delete(workDir);
  }

  private void awaitLogin() throws IOException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    Exception last = null;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("quern exited with " + process.exitValue() + "; log: " + log + "\n" + Files.readString(log));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
        connect(false).close();
        return;
      } catch (IOException | SQLException e) {
        last = e;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    throw new IOException("quern did not accept a login within " + START_TIMEOUT + " (" + last + "); log: " + log
        + "\n" + Files.readString(log));
  }
}
