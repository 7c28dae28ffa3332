package dev.quern.server.login;

import dev.quern.tds.message.PreloginMessage;
import java.util.Arrays;
import java.util.List;

/**
 * Recognises jTDS's PRELOGIN: exactly VERSION, ENCRYPTION, INSTOPT, THREADID, with the fixed
 * VERSION 8.0.341 ({@code 08 00 01 55 00 00}) that jTDS 1.2/1.3 always sends. No other client in
 * tds-clients.md §1.2 sends that option set (mssql-jdbc adds TRACEID, FreeTDS/go/SqlClient/tedious
 * add MARS).
 *
 * <p>Why it matters: with login-only TLS jTDS closes its {@code SSLSocket} right after writing
 * LOGIN7 and only then reads the reply from the raw socket. Since JDK 11 {@code SSLSocket.close()}
 * on an auto-closing layered socket skips every byte already readable on the underlying stream
 * ({@code SSLSocketImpl.closeSocket} → {@code SSLSocketInputRecord.deplete}), so a login response
 * that arrives before that close is silently discarded and jTDS waits for it until its login
 * timeout. The client sends nothing when it closes (its stream drops the close_notify), so the
 * server cannot wait for it; full TLS avoids the close altogether.
 */
public final class JtdsPrelogin {
  private static final List<Integer> OPTIONS = List.of(PreloginMessage.VERSION,
      PreloginMessage.ENCRYPTION, PreloginMessage.INSTOPT, PreloginMessage.THREADID);
  private static final byte[] VERSION = {8, 0, 1, 0x55, 0, 0};

  private JtdsPrelogin() {}

  /** Was {@code request} sent by jTDS? */
  public static boolean matches(PreloginMessage request) {
    List<Integer> tokens =
        request.options().stream().map(PreloginMessage.Option::token).toList();
    return tokens.equals(OPTIONS)
        && Arrays.equals(request.option(PreloginMessage.VERSION), VERSION);
  }
}
