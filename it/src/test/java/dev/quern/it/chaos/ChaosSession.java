package dev.quern.it.chaos;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.Executor;

/**
 * One client session of a chaos run: its mssql-jdbc connection (opened again after a call that
 * hung or broke it), its own seeded random stream, and a directory satellites may write to.
 */
public final class ChaosSession {
  /** Opens a connection with extra mssql-jdbc properties; the run's server decides the rest. */
  @FunctionalInterface
  public interface Connector {
    Connection open(String properties) throws SQLException;
  }

  private final int id;
  private final Random random;
  private final Connector connector;
  private final Path shared;
  private final long serverPid;
  /** Aborts close the socket in the background: closing a TLS socket another thread reads can block. */
  private final Executor abortExecutor = r -> Thread.ofVirtual().start(r);
  private Connection connection;
  private volatile String step = "";

  public ChaosSession(int id, long seed, Connector connector, Path shared, long serverPid) {
    this.serverPid = serverPid;
    this.id = id;
    this.random = new Random(seed * 1_000_003L + id);
    this.connector = connector;
    this.shared = shared;
  }

  public int id() {
    return id;
  }

  public Random random() {
    return random;
  }

  /** A directory every satellite account may write to (the server may run them as others). */
  public Path shared() {
    return shared;
  }

  /** The server's OS process id (to find its satellites under /proc). */
  public long serverPid() {
    return serverPid;
  }

  /** Notes what the current call is doing, so a hang report says where it stopped. */
  public void step(String what) {
    step = what;
  }

  public String step() {
    return step;
  }

  /** The session's connection, opened afresh if the last one was abandoned or broken. */
  public synchronized Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      step("logging in");
      connection = connector.open("encrypt=true;trustServerCertificate=true");
    }
    return connection;
  }

  /** A connection of this session's login besides its own (closed by the caller). */
  public Connection open(String properties) throws SQLException {
    return connector.open(properties);
  }

  /** Drops the connection without waiting for the server (after a call that hung). */
  public synchronized void abandon() {
    step("abandoning the connection");
    if (connection != null) {
      try {
        connection.abort(abortExecutor);
      } catch (SQLException e) {
        // Gone either way.
      }
      connection = null;
    }
  }

  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Closing after the run: nothing to report.
      }
      connection = null;
    }
  }
}
