package dev.quern.engine.api;

/**
 * Who opened a session and from where, as the login told us. {@code database} and {@code
 * language} are what the client asked for (empty for the defaults); {@code connection} is null
 * for a session opened inside the server (tests, embedded use); {@code clientInterfaceName} is the
 * driver's name LOGIN7 carried (sys.dm_exec_sessions.client_interface_name), null when unknown.
 */
public record SessionInfo(
    int spid,
    String loginName,
    String database,
    String language,
    String hostName,
    String appName,
    int clientPid,
    int tdsVersion,
    int packetSize,
    ConnectionInfo connection,
    String clientInterfaceName) {

  /** A session on a connection whose driver did not name itself. */
  public SessionInfo(
      int spid,
      String loginName,
      String database,
      String language,
      String hostName,
      String appName,
      int clientPid,
      int tdsVersion,
      int packetSize,
      ConnectionInfo connection) {
    this(spid, loginName, database, language, hostName, appName, clientPid, tdsVersion, packetSize, connection, null);
  }

  /** A session without a network connection. */
  public SessionInfo(
      int spid,
      String loginName,
      String database,
      String language,
      String hostName,
      String appName,
      int clientPid,
      int tdsVersion,
      int packetSize) {
    this(spid, loginName, database, language, hostName, appName, clientPid, tdsVersion, packetSize, null, null);
  }
}
