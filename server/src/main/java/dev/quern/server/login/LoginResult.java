package dev.quern.server.login;

import dev.quern.server.session.Session;

/**
 * What a LOGIN7 produced: the session (null when the login failed), the TDS version and packet
 * size to speak from now on, and the response's token bytes to send as one message.
 */
public record LoginResult(Session session, int tdsVersion, int packetSize, byte[] tokens) {
  public boolean succeeded() {
    return session != null;
  }
}
