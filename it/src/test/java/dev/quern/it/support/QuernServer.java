package dev.quern.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that runs ONE real Quern server process for a test class: a free port, a
 * temporary data directory, a known {@code sa} password, the log captured under
 * {@code target/quern-logs/}. Register it as a static field:
 *
 * <pre>{@code @RegisterExtension static final QuernServer SERVER = QuernServer.create();}</pre>
 */
public final class QuernServer implements BeforeAllCallback, AfterAllCallback {

  /** The sa password every test server gets; no ';' or braces so it can sit in any URL. */
  public static final String SA_PASSWORD = "Quern-IT-Pa55word!";

  private final List<String> extraArgs = new ArrayList<>();
  private boolean generateCertificate;
  private Path dataDir;
  private Path workDir;
  private SelfSignedCertificate certificate;
  private ServerProcess process;
  private List<String> args;
  private Path log;
  private int port;

  private QuernServer() {}

  /** A server with the defaults users get (self-signed certificate made on first start). */
  public static QuernServer create() {
    return new QuernServer();
  }

  /** Start with our own certificate ({@code --tls-cert/--tls-key}) so clients can pin it. */
  public QuernServer withGeneratedCertificate() {
    this.generateCertificate = true;
    return this;
  }

  /** Extra command-line options, e.g. {@code --force-encryption}. */
  public QuernServer withArgs(String... args) {
    extraArgs.addAll(List.of(args));
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    workDir = Files.createTempDirectory("quern-it-");
    dataDir = Files.createDirectories(workDir.resolve("data"));
    args = new ArrayList<>(extraArgs);
    if (generateCertificate) {
      certificate = SelfSignedCertificate.generate(workDir);
      args.addAll(
          List.of(
              "--tls-cert", certificate.certificatePem().toString(),
              "--tls-key", certificate.privateKeyPem().toString()));
    }
    port = FreePort.find();
    String name = context.getRequiredTestClass().getSimpleName();
    log = logsDir().resolve(name + ".log");
    Files.deleteIfExists(log); // a fresh log per run; restarts append to it
    process = ServerProcess.start(jar(), port, dataDir, SA_PASSWORD, args, log);
  }

  /** SIGKILL the server (no shutdown hooks, no flush), as a crash would. */
  public void kill() {
    process.killForcibly();
  }

  /**
   * Starts the server again on the same port and data directory (after {@link #kill()} or while
   * running, which stops it first), for restart and crash-recovery tests.
   */
  public void restart() throws IOException {
    process.close();
    process = ServerProcess.start(jar(), port, dataDir, SA_PASSWORD, args, log);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (process != null) {
      process.close();
    }
    if (workDir != null) {
      deleteRecursively(workDir);
    }
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return port;
  }

  public String saPassword() {
    return SA_PASSWORD;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The certificate the server was started with, when {@link #withGeneratedCertificate()}. */
  public Optional<SelfSignedCertificate> certificate() {
    return Optional.ofNullable(certificate);
  }

  /** Whether the server process is still running (tests of bad input assert it survived). */
  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The file the server's stdout and stderr go to (tests that watch the log as it grows). */
  public Path logFile() {
    return log;
  }

  /** The running server's OS process (its pid, threads and children under /proc). */
  public ProcessHandle processHandle() {
    return process.handle();
  }

  public String logText() {
    return process == null ? "" : process.logText();
  }

  /** An mssql-jdbc URL for {@code sa}; {@code properties} are appended ({@code k=v;k=v}). */
  public String mssqlUrl(String properties) {
    return "jdbc:sqlserver://" + host() + ":" + port + ";user=sa;password=" + SA_PASSWORD
        + ";loginTimeout=30;" + properties;
  }

  /** mssql-jdbc with the given properties. */
  public Connection connect(String properties) throws SQLException {
    return DriverManager.getConnection(mssqlUrl(properties));
  }

  /** mssql-jdbc the way most users connect: TLS on, the self-signed certificate trusted. */
  public Connection connect() throws SQLException {
    return connect("encrypt=true;trustServerCertificate=true");
  }

  /** A jTDS URL for {@code sa} (TDS 7.1, no PRELOGIN since ssl is off by default). */
  public String jtdsUrl(String properties) {
    return "jdbc:jtds:sqlserver://" + host() + ":" + port + "/master;user=sa;password="
        + SA_PASSWORD + ";loginTimeout=30;" + properties;
  }

  /** jTDS with its defaults. */
  public Connection connectJtds() throws SQLException {
    return DriverManager.getConnection(jtdsUrl(""));
  }

  /** A private copy of quern.jar, made once per test JVM (see {@link #jar()}). */
  private static Path jarCopy;

  /**
   * The jar under test. Servers run from a copy taken at the first start, so that a rebuild of
   * server/target/quern.jar while the suite runs cannot swap classes under a running server.
   */
  private static synchronized Path jar() throws IOException {
    if (jarCopy == null) {
      String configured = System.getProperty("quern.jar");
      Path jar = configured != null ? Path.of(configured) : root().resolve("server/target/quern.jar");
      jar = jar.toAbsolutePath().normalize();
      if (!Files.isRegularFile(jar)) {
        return jar; // ServerProcess explains how to build it
      }
      Path copy = Files.createTempFile("quern-under-test-", ".jar");
      Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> delete(copy)));
      jarCopy = copy;
    }
    return jarCopy;
  }

  /** The repository root (failsafe passes it; from an IDE the working directory is it/). */
  public static Path root() {
    String configured = System.getProperty("quern.root");
    Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
    return root.toAbsolutePath().normalize();
  }

  private static Path logsDir() {
    String configured = System.getProperty("quern.it.logs");
    return configured != null ? Path.of(configured) : root().resolve("it/target/quern-logs");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(QuernServer::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
