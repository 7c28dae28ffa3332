package dev.quern.server.netty;

import java.time.Duration;

/**
 * How the server listens and treats connections.
 *
 * @param bindAddress the address to listen on
 * @param port the TCP port; 0 picks a free one
 * @param maxConnections connections beyond this are closed at once
 * @param forceEncryption answer REQ/ON so that every connection runs TLS
 * @param loginTimeout a connection that has not logged in by then is closed
 * @param serverName the name INFO/ERROR tokens carry as ServerName
 */
public record ServerConfig(
    String bindAddress,
    int port,
    int maxConnections,
    boolean forceEncryption,
    Duration loginTimeout,
    String serverName) {

  public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(30);

  public static ServerConfig defaults(int port) {
    return new ServerConfig("127.0.0.1", port, 1000, false, DEFAULT_LOGIN_TIMEOUT, "QUERN");
  }

  public ServerConfig withLoginTimeout(Duration timeout) {
    return new ServerConfig(bindAddress, port, maxConnections, forceEncryption, timeout, serverName);
  }

  public ServerConfig withForceEncryption(boolean force) {
    return new ServerConfig(bindAddress, port, maxConnections, force, loginTimeout, serverName);
  }

  public ServerConfig withMaxConnections(int max) {
    return new ServerConfig(bindAddress, port, max, forceEncryption, loginTimeout, serverName);
  }
}
