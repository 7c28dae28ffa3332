package dev.quern.engine.api;

/**
 * Who opened a session and from where, as the login told us. {@code database} and {@code
 * language} are what the client asked for (empty for the defaults).
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
    int packetSize) {}
