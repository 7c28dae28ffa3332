package dev.quern.bench.target;

import dev.quern.bench.harness.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 15 from Debian's packages, as the peer: {@code initdb} into a temporary directory,
 * {@code pg_ctl start} on a loopback port with TLS available, run as user {@code postgres} (via
 * {@code runuser}) when the harness runs as root, because PostgreSQL refuses to run as root.
 */
public final class PostgresTarget implements Target {
  /** Where Debian's postgresql-15 package puts the server binaries. */
  public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

  private static final String USER = "bench";

  private final Path workDir;
  private final Path logDir;
  private final int port;

  private PostgresTarget(Path workDir, Path logDir, int port) {
    this.workDir = workDir;
    this.logDir = logDir;
    this.port = port;
  }

  /** Whether the binaries are installed (apt-get install postgresql). */
  public static boolean installed() {
    return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
  }

  /** Creates a cluster and starts it; both durable settings (fsync, synchronous_commit) stay on. */
  public static PostgresTarget start(Path logDir) throws IOException, InterruptedException {
    Path workDir = Files.createTempDirectory("quern-bench-pg-");
    if (Processes.isRoot()) {
      Processes.run(List.of("chown", "postgres:postgres", workDir.toString()), 30);
    }
    PostgresTarget target = new PostgresTarget(workDir, logDir, FreePort.find());
    try {
      target.initdb();
      target.makeCertificate();
      target.pgCtlStart();
      target.checkDurable();
    } catch (IOException | InterruptedException | RuntimeException e) {
      target.close();
      throw e;
    }
    return target;
  }

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public Connection connect(boolean tls) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER + "&sslmode=" + (tls ? "require" : "disable"));
  }

  /** The postmaster, from the first line of postmaster.pid; the backends are its children. */
  @Override
  public long serverPid() {
    try {
      return Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).getFirst().trim());
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("PostgreSQL's postmaster.pid is unreadable: " + e.getMessage(), e);
    }
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRES;
  }

  @Override
  public void close() {
    try {
      if (Files.exists(data().resolve("postmaster.pid"))) {
        asPostgres(List.of(BIN.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"), 60);
      }
      Path log = workDir.resolve("postgres.log");
      if (Files.exists(log)) {
        Files.createDirectories(logDir);
        Files.copy(log, logDir.resolve("postgres.log"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // still remove the directory below; the stop error is not the benchmark's result
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    TempDirs.delete(workDir);
  }

  private Path data() {
    return workDir.resolve("data");
  }

  private void initdb() throws IOException, InterruptedException {
    asPostgres(
        List.of(BIN.resolve("initdb").toString(), "-D", data().toString(), "-U", USER, "-A", "trust",
            "-E", "UTF8", "--no-locale", "--no-sync"),
        180);
  }

  /** A self-signed certificate in the data directory, so the TLS login rate can be measured. */
  private void makeCertificate() throws IOException, InterruptedException {
    Path key = data().resolve("server.key");
    asPostgres(
        List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-days", "2",
            "-keyout", key.toString(), "-out", data().resolve("server.crt").toString()),
        60);
    asPostgres(List.of("chmod", "600", key.toString()), 10);
  }

  private void pgCtlStart() throws IOException, InterruptedException {
    String options = "-p " + port + " -c listen_addresses=127.0.0.1 -k " + workDir + " -c ssl=on -c max_connections=200";
    asPostgres(
        List.of(BIN.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", workDir.resolve("postgres.log").toString(),
            "-o", options, "-w", "-t", "120", "start"),
        150);
  }

  /** Refuses to compare against a PostgreSQL that does not sync at commit (the rule). */
  private void checkDurable() throws IOException {
    try (Connection c = connect(false);
        Statement s = c.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
          rs.next();
          if (!"on".equals(rs.getString(1))) {
            throw new IOException("PostgreSQL runs with " + setting + "=" + rs.getString(1) + "; the benchmark needs it on");
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException("PostgreSQL durability settings unreadable: " + e.getMessage(), e);
    }
  }

  private static void asPostgres(List<String> command, long seconds) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (Processes.isRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Processes.run(full, seconds);
  }
}
