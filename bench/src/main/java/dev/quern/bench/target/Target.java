package dev.quern.bench.target;

import java.sql.Connection;
import java.sql.SQLException;

/** A database server started for the benchmark, reachable through JDBC on loopback. */
public interface Target extends AutoCloseable {

  /** Short name for the results table ("quern", "postgresql"). */
  String name();

  /** A new connection; {@code tls} asks for an encrypted session. */
  Connection connect(boolean tls) throws SQLException;

  /** The server's process: its CPU, and its descendants', is what the server spent. */
  long serverPid();

  /** The SQL text this server speaks for the workloads' queries. */
  Dialect dialect();

  /** Stops the server and removes its temporary data. */
  @Override
  void close();
}
