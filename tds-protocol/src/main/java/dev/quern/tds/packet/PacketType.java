package dev.quern.tds.packet;

/** The packet (message) types of the header's first byte [MS-TDS §2.2.3.1.1]. */
public enum PacketType {
  SQL_BATCH(0x01),
  PRE_TDS7_LOGIN(0x02),
  RPC(0x03),
  TABULAR_RESULT(0x04),
  ATTENTION(0x06),
  BULK_LOAD(0x07),
  FEDAUTH_TOKEN(0x08),
  TRANSACTION_MANAGER(0x0E),
  LOGIN7(0x10),
  SSPI(0x11),
  PRELOGIN(0x12);

  private final int code;

  PacketType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** Every type by its code (codes are one byte); asked once per packet, so no values() copy. */
  private static final PacketType[] BY_CODE = new PacketType[256];

  static {
    for (PacketType t : values()) {
      BY_CODE[t.code] = t;
    }
  }

  /** The type with this code, or null for a code TDS does not define. */
  public static PacketType of(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
