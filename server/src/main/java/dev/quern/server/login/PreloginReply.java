package dev.quern.server.login;

import dev.quern.tds.message.PreloginMessage;
import dev.quern.tds.message.PreloginMessage.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the server's PRELOGIN reply the way SQL Server does and every client accepts: VERSION
 * first, ENCRYPTION second (jTDS reads the second option as the SSL mode), INSTOPT 0x00 (match),
 * THREADID empty, MARS 0x00 always (FreeTDS falls back to TDS 7.1 without it), TRACEID empty,
 * FEDAUTHREQUIRED 0x00 only when the client sent it, NONCEOPT never.
 */
public final class PreloginReply {
  /** SQL Server 2022 (16.0.4328): mssql-jdbc picks TDS 7.4 only for major ≥ 11. */
  public static final PreloginMessage.Version SERVER_VERSION =
      new PreloginMessage.Version(16, 0, 4328, 0);

  private PreloginReply() {}

  public static PreloginMessage to(PreloginMessage request, int encryption) {
    List<Option> options = new ArrayList<>();
    options.add(new Option(PreloginMessage.VERSION, SERVER_VERSION.toBytes()));
    options.add(new Option(PreloginMessage.ENCRYPTION, new byte[] {(byte) encryption}));
    options.add(new Option(PreloginMessage.INSTOPT, new byte[] {0}));
    options.add(new Option(PreloginMessage.THREADID, new byte[0]));
    options.add(new Option(PreloginMessage.MARS, new byte[] {0}));
    options.add(new Option(PreloginMessage.TRACEID, new byte[0]));
    if (request.has(PreloginMessage.FEDAUTHREQUIRED)) {
      options.add(new Option(PreloginMessage.FEDAUTHREQUIRED, new byte[] {0}));
    }
    return new PreloginMessage(options);
  }
}
