package dev.quern.server.login;

import dev.quern.tds.message.Encryption;
import dev.quern.tds.message.PreloginMessage;

/**
 * Chooses the PRELOGIN ENCRYPTION answer [MS-TDS §2.2.6.5 "Encryption"]: the server can do TLS
 * (it has a certificate) and, with {@code --force-encryption}, requires it.
 *
 * <pre>
 * client      server "off"   forced   no certificate
 * OFF         OFF (login)    REQ      NOT_SUP
 * ON / REQ    ON             ON       NOT_SUP
 * NOT_SUP     NOT_SUP        REQ      NOT_SUP
 * </pre>
 *
 * jTDS asking for OFF gets REQ (full TLS) instead of login-only TLS: see {@link JtdsPrelogin}.
 */
public final class EncryptionNegotiator {
  private EncryptionNegotiator() {}

  /** The answer to {@code request}, steering jTDS away from login-only TLS. */
  public static int negotiate(PreloginMessage request, boolean tlsAvailable, boolean force) {
    int answer = negotiate(request.encryption(), tlsAvailable, force);
    return answer == Encryption.OFF && JtdsPrelogin.matches(request) ? Encryption.REQ : answer;
  }

  /** {@code client} is the client's byte (-1 when absent); the CLIENT_CERT flag is ignored. */
  public static int negotiate(int client, boolean tlsAvailable, boolean force) {
    if (!tlsAvailable) {
      return Encryption.NOT_SUP;
    }
    int wanted = client < 0 ? Encryption.NOT_SUP : client & ~Encryption.CLIENT_CERT;
    return switch (wanted) {
      case Encryption.OFF -> force ? Encryption.REQ : Encryption.OFF;
      case Encryption.ON, Encryption.REQ -> Encryption.ON;
      default -> force ? Encryption.REQ : Encryption.NOT_SUP;
    };
  }

  /** Does the answer mean a TLS handshake follows the PRELOGIN exchange? */
  public static boolean tlsFollows(int answer) {
    return answer != Encryption.NOT_SUP;
  }

  /** Does the answer mean only the LOGIN7 packet is encrypted? */
  public static boolean loginOnly(int answer) {
    return answer == Encryption.OFF;
  }
}
