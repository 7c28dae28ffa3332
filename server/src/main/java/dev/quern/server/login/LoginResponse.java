package dev.quern.server.login;

import dev.quern.tds.message.FeatureExtension;
import dev.quern.tds.message.Login7Message;
import dev.quern.tds.packet.PacketLimits;
import dev.quern.tds.type.Collation;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.token.DoneStatus;
import dev.quern.tds.token.DoneToken;
import dev.quern.tds.token.EnvChangeToken;
import dev.quern.tds.token.ErrorToken;
import dev.quern.tds.token.FeatureExtAckToken;
import dev.quern.tds.token.InfoToken;
import dev.quern.tds.token.LoginAckToken;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The tokens of a login response, in the order SQL Server sends them [MS-TDS §4.17]:
 *
 * <pre>
 * ENVCHANGE(database) INFO(5701) ENVCHANGE(SQL collation) ENVCHANGE(language) INFO(5703)
 * LOGINACK ENVCHANGE(packet size) [FEATUREEXTACK] DONE
 * </pre>
 *
 * DONE must come last (FreeTDS stops reading login tokens there). FEATUREEXTACK goes only to TDS
 * 7.4 clients that asked for UTF8_SUPPORT, and acknowledges nothing else.
 */
public final class LoginResponse {
  private LoginResponse() {}

  /** The response of a successful login. */
  public static byte[] success(
      Login7Message login, int tdsVersion, String database, Collation collation, String language,
      int packetSize, String serverName) {
    ByteBuf out = Unpooled.buffer();
    EnvChangeToken.database(database, database).encode(out, tdsVersion);
    new InfoToken(5701, 2, 0, "Changed database context to '" + database + "'.", serverName, "",
        1).encode(out, tdsVersion);
    EnvChangeToken.sqlCollation(collation.toBytes()).encode(out, tdsVersion);
    EnvChangeToken.language(language, "").encode(out, tdsVersion);
    new InfoToken(5703, 1, 0, "Changed language setting to " + language + ".", serverName, "", 1)
        .encode(out, tdsVersion);
    LoginAckToken.sqlServer(loginAckVersion(login.tdsVersion(), tdsVersion))
        .encode(out, tdsVersion);
    EnvChangeToken.packetSize(packetSize, PacketLimits.INITIAL_PACKET_SIZE).encode(out, tdsVersion);
    if (TdsVersion.atLeast74(tdsVersion)
        && login.requestsFeature(FeatureExtension.UTF8_SUPPORT)) {
      FeatureExtAckToken.utf8Support().encode(out, tdsVersion);
    }
    new DoneToken(DoneStatus.FINAL, 0, 0).encode(out, tdsVersion);
    return bytes(out);
  }

  /** A failed login: the ERROR tokens given, then DONE(ERROR). */
  public static byte[] failure(int tdsVersion, ErrorToken... errors) {
    ByteBuf out = Unpooled.buffer();
    for (ErrorToken e : errors) {
      e.encode(out, tdsVersion);
    }
    new DoneToken(DoneStatus.ERROR, 0, 0).encode(out, tdsVersion);
    return bytes(out);
  }

  /**
   * The version LOGINACK reports: the negotiated one, except that TDS 8.0 clients get 7.4, which
   * every client accepts there (tedious knows only 7.x and 8.0; SqlClient both).
   */
  static int loginAckVersion(int requested, int negotiated) {
    return negotiated == TdsVersion.V8_0 ? TdsVersion.V7_4 : negotiated;
  }

  private static byte[] bytes(ByteBuf out) {
    byte[] b = new byte[out.readableBytes()];
    out.readBytes(b);
    return b;
  }
}
