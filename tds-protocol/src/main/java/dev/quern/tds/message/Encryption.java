package dev.quern.tds.message;

/** Values of the PRELOGIN ENCRYPTION option [MS-TDS §2.2.6.5]. */
public final class Encryption {
  /** Encryption available but off: only the LOGIN7 packet travels inside TLS. */
  public static final int OFF = 0x00;

  /** Encryption on: TLS for the whole connection. */
  public static final int ON = 0x01;

  /** Encryption not supported: no TLS. */
  public static final int NOT_SUP = 0x02;

  /** Encryption required: TLS for the whole connection. */
  public static final int REQ = 0x03;

  /** go-mssqldb's value in TDS 8.0 strict mode (ignored there: TLS already runs). */
  public static final int STRICT = 0x04;

  /** Flag: the client wants to authenticate with a certificate. */
  public static final int CLIENT_CERT = 0x80;

  private Encryption() {}
}
