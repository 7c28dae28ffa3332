package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The LOGIN7 message [MS-TDS §2.2.6.4]. A fixed part (94 bytes from TDS 7.2, 86 before: no
 * ibChangePassword/cchChangePassword/cbSSPILong), then variable data addressed by (offset, length)
 * pairs relative to the message start, then an optional FeatureExt block.
 *
 * <pre>
 * 0 Length DWORD  4 TDSVersion  8 PacketSize  12 ClientProgVer  16 ClientPID  20 ConnectionID
 * 24 OptionFlags1 25 OptionFlags2 26 TypeFlags 27 OptionFlags3  28 ClientTimeZone  32 ClientLCID
 * 36 HostName 40 UserName 44 Password 48 AppName 52 ServerName 56 Extension 60 CltIntName
 * 64 Language 68 Database  72 ClientID(6)  78 SSPI  82 AtchDBFile  86 ChangePassword  90 cbSSPILong
 * </pre>
 *
 * The password fields are held de-obfuscated; {@code features} is null when fExtension is clear.
 */
public record Login7Message(
    int tdsVersion,
    int packetSize,
    int clientProgVer,
    int clientPid,
    int connectionId,
    int optionFlags1,
    int optionFlags2,
    int typeFlags,
    int optionFlags3,
    int clientTimeZone,
    int clientLcid,
    String hostName,
    String userName,
    String password,
    String appName,
    String serverName,
    String clientInterfaceName,
    String language,
    String database,
    byte[] clientId,
    byte[] sspi,
    String attachDbFile,
    String changePassword,
    List<FeatureExtension> features) {

  /** LOGIN7 must not exceed 128 KB [MS-TDS §2.2.6.4]. */
  public static final int MAX_LENGTH = 128 * 1024;

  /** Names, passwords and the like are at most 128 characters. */
  public static final int MAX_NAME_CHARS = 128;

  /** AtchDBFile is a file path: at most 260 characters. */
  public static final int MAX_PATH_CHARS = 260;

  /** A bound on the FeatureExt entries a login may carry. */
  public static final int MAX_FEATURES = 64;

  public static final int FIXED_LENGTH_71 = 86;
  public static final int FIXED_LENGTH_72 = 94;

  /** OptionFlags2 fIntSecurity: integrated (SSPI) authentication. */
  public static final int FLAG2_INT_SECURITY = 0x80;

  /** OptionFlags2 fODBC: ODBC session defaults. */
  public static final int FLAG2_ODBC = 0x02;

  /** OptionFlags3 fExtension: a FeatureExt block follows. */
  public static final int FLAG3_EXTENSION = 0x10;

  /** OptionFlags3 fChangePassword. */
  public static final int FLAG3_CHANGE_PASSWORD = 0x01;

  public Login7Message {
    clientId = clientId == null ? new byte[6] : clientId.clone();
    sspi = sspi == null ? new byte[0] : sspi.clone();
    features = features == null ? null : List.copyOf(features);
  }

  @Override
  public byte[] clientId() {
    return clientId.clone();
  }

  @Override
  public byte[] sspi() {
    return sspi.clone();
  }

  /** Did the client send this FeatureExt id? */
  public boolean requestsFeature(int featureId) {
    return features != null && features.stream().anyMatch(f -> f.featureId() == featureId);
  }

  public boolean integratedSecurity() {
    return (optionFlags2 & FLAG2_INT_SECURITY) != 0 || sspi.length > 0;
  }

  public static Login7Message decode(ByteBuf msg) {
    int base = msg.readerIndex();
    Wire.require(msg, 8, "LOGIN7 header");
    int length = msg.getIntLE(base);
    int version = msg.getIntLE(base + 4);
    if (length < 0 || length > MAX_LENGTH || length > msg.readableBytes()) {
      throw new TdsProtocolException(
          "LOGIN7 length " + length + " invalid (message has " + msg.readableBytes() + " bytes)");
    }
    boolean v72 = TdsVersion.atLeast72(version);
    int fixed = v72 ? FIXED_LENGTH_72 : FIXED_LENGTH_71;
    if (length < fixed) {
      throw new TdsProtocolException("LOGIN7 of " + length + " bytes is shorter than its fixed part");
    }
    ByteBuf in = msg.slice(base, length);
    Fields f = new Fields(in);
    int flags3 = in.getUnsignedByte(27);
    byte[] clientId = new byte[6];
    in.getBytes(72, clientId);
    int sspiOffset = in.getUnsignedShortLE(78);
    int sspiLength = in.getUnsignedShortLE(80);
    if (v72 && sspiLength == 0xFFFF) {
      sspiLength = in.getIntLE(90);
    }
    byte[] sspi = f.bytes(sspiOffset, sspiLength, "SSPI");
    List<FeatureExtension> features =
        (flags3 & FLAG3_EXTENSION) != 0 ? decodeFeatures(in, f) : null;
    msg.skipBytes(length);
    return new Login7Message(
        version,
        in.getIntLE(8),
        in.getIntLE(12),
        in.getIntLE(16),
        in.getIntLE(20),
        in.getUnsignedByte(24),
        in.getUnsignedByte(25),
        in.getUnsignedByte(26),
        flags3,
        in.getIntLE(28),
        in.getIntLE(32),
        f.string(36, MAX_NAME_CHARS, "HostName"),
        f.string(40, MAX_NAME_CHARS, "UserName"),
        deobfuscate(f.rawString(44, MAX_NAME_CHARS, "Password")),
        f.string(48, MAX_NAME_CHARS, "AppName"),
        f.string(52, MAX_NAME_CHARS, "ServerName"),
        f.string(60, MAX_NAME_CHARS, "CltIntName"),
        f.string(64, MAX_NAME_CHARS, "Language"),
        f.string(68, MAX_NAME_CHARS, "Database"),
        clientId,
        sspi,
        f.string(82, MAX_PATH_CHARS, "AtchDBFile"),
        v72 ? deobfuscate(f.rawString(86, MAX_NAME_CHARS, "ChangePassword")) : "",
        features);
  }

  private static List<FeatureExtension> decodeFeatures(ByteBuf in, Fields f) {
    int ib = in.getUnsignedShortLE(56);
    int cb = in.getUnsignedShortLE(58);
    if (cb < 4) {
      return List.of();
    }
    f.check(ib, 4, "Extension");
    int offset = in.getIntLE(ib);
    if (offset < 0 || offset >= in.capacity()) {
      throw new TdsProtocolException("LOGIN7 FeatureExt offset " + offset + " outside the message");
    }
    ByteBuf block = in.slice(offset, in.capacity() - offset);
    List<FeatureExtension> out = new ArrayList<>();
    while (true) {
      Wire.require(block, 1, "FeatureExt id");
      int id = block.readUnsignedByte();
      if (id == FeatureExtension.TERMINATOR) {
        return out;
      }
      if (out.size() == MAX_FEATURES) {
        throw new TdsProtocolException("LOGIN7 has more than " + MAX_FEATURES + " features");
      }
      Wire.require(block, 4, "FeatureExt length");
      int len = block.readIntLE();
      if (len < 0 || len > block.readableBytes()) {
        throw new TdsProtocolException("FeatureExt 0x" + Integer.toHexString(id) + " length " + len);
      }
      out.add(new FeatureExtension(id, Wire.readBytes(block, len, "FeatureData")));
    }
  }

  /** Undoes the password obfuscation: XOR 0xA5, then swap the nibbles [MS-TDS §2.2.6.4]. */
  static byte[] obfuscate(byte[] utf16, boolean reverse) {
    byte[] out = new byte[utf16.length];
    for (int i = 0; i < utf16.length; i++) {
      int b = utf16[i] & 0xFF;
      if (reverse) {
        b ^= 0xA5;
        b = ((b << 4) | (b >>> 4)) & 0xFF;
      } else {
        b = (((b << 4) | (b >>> 4)) & 0xFF) ^ 0xA5;
      }
      out[i] = (byte) b;
    }
    return out;
  }

  private static String deobfuscate(byte[] raw) {
    return new String(obfuscate(raw, true), StandardCharsets.UTF_16LE);
  }

  /** Reads the (offset, char count) pairs of the fixed part, checking bounds. */
  private record Fields(ByteBuf in) {
    void check(int offset, int bytes, String what) {
      if (offset < 0 || bytes < 0 || offset + bytes > in.capacity()) {
        throw new TdsProtocolException("LOGIN7 " + what + " points outside the message");
      }
    }

    byte[] rawString(int at, int maxChars, String what) {
      int offset = in.getUnsignedShortLE(at);
      int chars = in.getUnsignedShortLE(at + 2);
      if (chars > maxChars) {
        throw new TdsProtocolException("LOGIN7 " + what + " longer than " + maxChars + " chars");
      }
      return bytes(offset, chars * 2, what);
    }

    String string(int at, int maxChars, String what) {
      return new String(rawString(at, maxChars, what), StandardCharsets.UTF_16LE);
    }

    byte[] bytes(int offset, int length, String what) {
      if (length > MAX_LENGTH) {
        throw new TdsProtocolException("LOGIN7 " + what + " longer than the message");
      }
      check(offset, length, what);
      byte[] b = new byte[length];
      in.getBytes(offset, b);
      return b;
    }
  }

  /** Writes this login as a client would (tests, tools). */
  public void encode(ByteBuf out) {
    Login7Encoder.encode(this, out);
  }

  @Override
  public String toString() {
    return "Login7Message[tdsVersion=" + TdsVersion.name(tdsVersion)
        + ", packetSize=" + packetSize
        + ", flags=" + String.format("%02X/%02X/%02X/%02X", optionFlags1, optionFlags2, typeFlags,
            optionFlags3)
        + ", hostName=" + hostName
        + ", userName=" + userName
        + ", password=<" + password.length() + " chars>"
        + ", appName=" + appName
        + ", serverName=" + serverName
        + ", clientInterfaceName=" + clientInterfaceName
        + ", language=" + language
        + ", database=" + database
        + ", sspi=" + sspi.length + " bytes"
        + ", features=" + features
        + "]";
  }
}
