package dev.quern.engine.api;

/**
 * Who opened a session and from where, as the login told us. {@code database} and {@code
 * language} are what the client asked for (empty for the defaults); {@code connection} is null
 * for a session opened inside the server (tests, embedded use).
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
    ConnectionInfo connection) {

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
    this(spid, loginName, database, language, hostName, appName, clientPid, tdsVersion, packetSize, null);
  }
}
