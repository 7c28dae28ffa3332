package dev.quern.tds.packet;

/** Bits of the header's status byte [MS-TDS §2.2.3.1.2]. */
public final class PacketStatus {
  /** Last packet of the message. */
  public static final int EOM = 0x01;

  /** The client abandons the partially sent message (always with EOM). */
  public static final int IGNORE = 0x02;

  /** Reset the session before running this request (first packet of SQL batch, RPC, TM). */
  public static final int RESETCONNECTION = 0x08;

  /** Reset the session but keep its transaction. */
  public static final int RESETCONNECTIONSKIPTRAN = 0x10;

  private PacketStatus() {}

  public static boolean isEom(int status) {
    return (status & EOM) != 0;
  }
}
