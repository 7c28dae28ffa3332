package dev.quern.tds.packet;

/** Packet size bounds [MS-TDS §2.2.3.1.3, §2.2.6.4 PacketSize]. */
public final class PacketLimits {
  public static final int HEADER_LENGTH = 8;

  /** The smallest packet size a client may negotiate. */
  public static final int MIN_PACKET_SIZE = 512;

  /** The largest packet length the header allows. */
  public static final int MAX_PACKET_SIZE = 32_767;

  /** The size used until the login response negotiates another (PRELOGIN, TLS, LOGIN7). */
  public static final int INITIAL_PACKET_SIZE = 4096;

  /**
   * The largest size to negotiate on encrypted connections: mssql-jdbc refuses packet sizes above
   * 16384 with TLS, and SQL Server answers 16383 there.
   */
  public static final int MAX_TLS_PACKET_SIZE = 16_383;

  private PacketLimits() {}

  /**
   * The packet size to use for a LOGIN7 request: 0 (jTDS) means "server decides"; others are
   * clamped into [512, max].
   */
  public static int negotiate(int requested, boolean encrypted) {
    int max = encrypted ? MAX_TLS_PACKET_SIZE : MAX_PACKET_SIZE;
    if (requested == 0) {
      return INITIAL_PACKET_SIZE;
    }
    return Math.clamp(requested, MIN_PACKET_SIZE, max);
  }
}
