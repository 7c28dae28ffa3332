package dev.quern.tds.token;

import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;

/**
 * LOGINACK [MS-TDS §2.2.7.14]:
 *
 * <pre>
 * 0xAD Length USHORT | Interface BYTE | TDSVersion DWORD (big-endian) | ProgName B_VARCHAR |
 * MajorVer BYTE | MinorVer BYTE | BuildNumHi BYTE | BuildNumLow BYTE
 * </pre>
 *
 * Length is exactly 1 + 4 + 1 + 2·len(ProgName) + 4: FreeTDS derives the name length from it.
 * Interface is 1 (SQL_TSQL): FreeTDS only accepts 1 or 5.
 */
public record LoginAckToken(
    int interfaceType, int tdsVersion, String progName, int majorVer, int minorVer, int buildHi,
    int buildLow) {
  public static final int INTERFACE_SQL_TSQL = 1;

  /** Our product as SQL Server 2022 (16.0.4328): build must have four digits for SMO. */
  public static LoginAckToken sqlServer(int tdsVersion) {
    return new LoginAckToken(
        INTERFACE_SQL_TSQL, tdsVersion, "Microsoft SQL Server", 16, 0, 4328 >> 8, 4328 & 0xFF);
  }

  public int buildNumber() {
    return (buildHi << 8) | buildLow;
  }

  public static LoginAckToken decode(ByteBuf in, int tdsVersion) {
    ByteBuf body = TokenFrames.lengthPrefixed(in, TokenType.LOGINACK);
    if (body == null) {
      return null;
    }
    Wire.require(body, 5, "LOGINACK");
    int iface = body.readUnsignedByte();
    int version = body.readInt();
    String name = Wire.readBVarchar(body, "LOGINACK ProgName");
    Wire.require(body, 4, "LOGINACK version");
    LoginAckToken t =
        new LoginAckToken(
            iface, version, name, body.readUnsignedByte(), body.readUnsignedByte(),
            body.readUnsignedByte(), body.readUnsignedByte());
    TokenFrames.expectConsumed(body, "LOGINACK");
    return t;
  }

  public void encode(ByteBuf out, int tdsVersion) {
    int at = TokenFrames.begin(out, TokenType.LOGINACK);
    out.writeByte(interfaceType);
    out.writeInt(this.tdsVersion);
    Wire.writeBVarchar(out, progName);
    out.writeByte(majorVer);
    out.writeByte(minorVer);
    out.writeByte(buildHi);
    out.writeByte(buildLow);
    TokenFrames.end(out, at);
  }

  @Override
  public String toString() {
    return "LoginAckToken[interface=" + interfaceType + ", tdsVersion="
        + TdsVersion.name(tdsVersion) + ", progName=" + progName + ", version=" + majorVer + "."
        + minorVer + "." + buildNumber() + "]";
  }
}
