package dev.quern.server.login;

import dev.quern.engine.api.ConnectionInfo;

import dev.quern.engine.api.Engine;
import dev.quern.engine.api.EngineException;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import dev.quern.server.session.Session;
import dev.quern.tds.message.FeatureExtension;
import dev.quern.tds.message.Login7Message;
import dev.quern.tds.packet.PacketLimits;
import dev.quern.tds.token.ErrorToken;
import dev.quern.tds.type.TdsVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one LOGIN7 [MS-TDS §3.3.5.3]: negotiate the version, authenticate, open the engine
 * session, build the response. Runs on a virtual thread (password hashing and the engine may take
 * time); the caller writes the response and closes the connection after a failure.
 *
 * <pre>
 * client ──LOGIN7──▶ version check ─▶ SSPI/fedauth? ─▶ authenticate (sa file, else the
 *                     catalog's logins) ─▶ engine.openSession (default database, 4060)
 * client ◀── ENVCHANGE… INFO… LOGINACK ENVCHANGE(4) [FEATUREEXTACK] DONE      (success)
 * client ◀── ERROR 18456 DONE(ERROR), then close                               (failure)
 * </pre>
 */
public final class LoginFlow {
  private static final Logger LOG = LoggerFactory.getLogger(LoginFlow.class);

  private final Authenticator authenticator;
  private final Engine engine;
  private final String serverName;

  public LoginFlow(Authenticator authenticator, Engine engine, String serverName) {
    this.authenticator = authenticator;
    this.engine = engine;
    this.serverName = serverName;
  }

  /**
   * Logs {@code login} in as session {@code spid}; {@code encrypted} says whether the connection
   * stays under TLS (which caps the packet size).
   */
  public LoginResult login(Login7Message login, int spid, ConnectionInfo connection) {
    boolean encrypted = connection.encrypted();
    int version = negotiateVersion(login.tdsVersion());
    if (version == 0) {
      // TDS 7.0 and older: answer in 7.1 layout, which such clients can still parse for errors.
      return fail(TdsVersion.V7_1, error(18456, 1, 14, loginFailed(login.userName())),
          "unsupported TDS version " + TdsVersion.name(login.tdsVersion()));
    }
    if (login.integratedSecurity()) {
      return fail(version, error(18452, 1, 14, "Login failed. The login is from an untrusted "
          + "domain and cannot be used with Integrated authentication."), "SSPI requested");
    }
    if (login.requestsFeature(FeatureExtension.FEDAUTH)) {
      return fail(version, error(18456, 1, 14,
          "Login failed for user '<token-identified principal>'. Only SQL Server authentication "
              + "is supported."), "federated authentication requested");
    }
    // sa against its password file; every other login against the catalog (CREATE LOGIN).
    if (!authenticator.authenticate(login.userName(), login.password())
        && !engine.authenticate(login.userName(), login.password())) {
      return fail(version, error(18456, 1, 14, loginFailed(login.userName())),
          "wrong password or unknown login '" + login.userName() + "'");
    }
    int packetSize = PacketLimits.negotiate(login.packetSize(), encrypted);
    EngineSession engineSession;
    try {
      engineSession = engine.openSession(new SessionInfo(spid, login.userName(),
          login.database(), login.language(), login.hostName(), login.appName(),
          login.clientPid(), version, packetSize, connection, login.clientInterfaceName()));
    } catch (EngineException e) {
      SqlMessage m = e.sqlMessage();
      if (m.number() == 17892) {
        // A logon trigger's refusal is the only error SQL Server sends.
        return fail(version, error(m.number(), m.state(), m.severity(), m.text()), "refused by a logon trigger");
      }
      return fail(version, new ErrorToken[] {
          error(m.number(), m.state(), m.severity(), m.text()),
          error(18456, 1, 14, loginFailed(login.userName()))},
          "engine refused the session: " + m.text());
    }
    byte[] tokens = LoginResponse.success(login, version, engineSession.database(),
        dev.quern.server.types.WireCollations.of(
            dev.quern.catalog.value.SupportedCollations.ofStored(engineSession.databaseCollation())),
        engineSession.language(), packetSize, serverName);
    LOG.debug("Login succeeded for '{}' from {} ({}), TDS {}", login.userName(), login.hostName(),
        login.appName(), TdsVersion.name(version));
    return new LoginResult(new Session(spid, login.userName(), engineSession), version, packetSize,
        tokens);
  }

  /** The version to speak: min(client, 7.4), 8.0 for strict clients, 0 when unsupported. */
  public static int negotiateVersion(int requested) {
    try {
      int v = TdsVersion.fromLogin(requested);
      return v == TdsVersion.V7_0 ? 0 : v;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private LoginResult fail(int version, ErrorToken error, String why) {
    return fail(version, new ErrorToken[] {error}, why);
  }

  private LoginResult fail(int version, ErrorToken[] errors, String why) {
    LOG.info("Login failed: {}", why);
    return new LoginResult(null, version, PacketLimits.INITIAL_PACKET_SIZE,
        LoginResponse.failure(version, errors));
  }

  private ErrorToken error(int number, int state, int severity, String text) {
    return new ErrorToken(number, state, severity, text, serverName, "", 1);
  }

  static String loginFailed(String user) {
    return "Login failed for user '" + user + "'.";
  }
}
