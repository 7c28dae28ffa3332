package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * ENVCHANGE [MS-TDS §2.2.7.9]: {@code 0xE3 Length USHORT | Type BYTE | NewValue | OldValue}.
 * Database, language and packet size carry B_VARCHAR values; SQL collation and the transaction
 * descriptors carry B_VARBYTE values; the RESETCONNECTION ack carries two empty values. Values are
 * held as their payload bytes (UTF-16LE for the string types).
 */
public record EnvChangeToken(int type, byte[] newValue, byte[] oldValue) {
  public static final int DATABASE = 1;
  public static final int LANGUAGE = 2;
  public static final int PACKET_SIZE = 4;
  public static final int SQL_COLLATION = 7;
  public static final int BEGIN_TRANSACTION = 8;
  public static final int COMMIT_TRANSACTION = 9;
  public static final int ROLLBACK_TRANSACTION = 10;
  public static final int RESET_CONNECTION_ACK = 18;

  public EnvChangeToken {
    if (!isStringType(type) && !isBinaryType(type)) {
      // mssql-jdbc rejects any ENVCHANGE type it does not know; so do we.
      throw new IllegalArgumentException("Unsupported ENVCHANGE type " + type);
    }
    newValue = newValue.clone();
    oldValue = oldValue.clone();
  }

  public static EnvChangeToken database(String newName, String oldName) {
    return strings(DATABASE, newName, oldName);
  }

  public static EnvChangeToken language(String newName, String oldName) {
    return strings(LANGUAGE, newName, oldName);
  }

  public static EnvChangeToken packetSize(int newSize, int oldSize) {
    return strings(PACKET_SIZE, Integer.toString(newSize), Integer.toString(oldSize));
  }

  /** The 5-byte collation (mssql-jdbc throws on any other length); old value empty. */
  public static EnvChangeToken sqlCollation(byte[] collation) {
    if (collation.length != 5) {
      throw new IllegalArgumentException("A collation is 5 bytes, got " + collation.length);
    }
    return new EnvChangeToken(SQL_COLLATION, collation, new byte[0]);
  }

  public static EnvChangeToken beginTransaction(long descriptor) {
    return new EnvChangeToken(BEGIN_TRANSACTION, descriptor(descriptor), new byte[0]);
  }

  public static EnvChangeToken commitTransaction(long descriptor) {
    return new EnvChangeToken(COMMIT_TRANSACTION, new byte[0], descriptor(descriptor));
  }

  public static EnvChangeToken rollbackTransaction(long descriptor) {
    return new EnvChangeToken(ROLLBACK_TRANSACTION, new byte[0], descriptor(descriptor));
  }

  /** {@code E3 03 00 12 00 00}. */
  public static EnvChangeToken resetConnectionAck() {
    return new EnvChangeToken(RESET_CONNECTION_ACK, new byte[0], new byte[0]);
  }

  @Override
  public byte[] newValue() {
    return newValue.clone();
  }

  @Override
  public byte[] oldValue() {
    return oldValue.clone();
  }

  /** The new value as text (string types). */
  public String newText() {
    return new String(newValue, StandardCharsets.UTF_16LE);
  }

  /** The old value as text (string types). */
  public String oldText() {
    return new String(oldValue, StandardCharsets.UTF_16LE);
  }

  /** The descriptor of a begin/commit/rollback change (the non-empty value). */
  public long descriptor() {
    byte[] v = type == BEGIN_TRANSACTION ? newValue : oldValue;
    if (v.length != 8) {
      throw new IllegalStateException("No 8-byte descriptor in " + this);
    }
    return Unpooled.wrappedBuffer(v).readLongLE();
  }

  public static EnvChangeToken decode(ByteBuf in, int tdsVersion) {
    ByteBuf body = TokenFrames.lengthPrefixed(in, TokenType.ENVCHANGE);
    if (body == null) {
      return null;
    }
    Wire.require(body, 1, "ENVCHANGE type");
    int type = body.readUnsignedByte();
    byte[] newValue;
    byte[] oldValue;
    if (isStringType(type)) {
      newValue = stringBytes(body);
      oldValue = stringBytes(body);
    } else if (isBinaryType(type)) {
      newValue = Wire.readBVarbyte(body, "ENVCHANGE new value");
      oldValue = Wire.readBVarbyte(body, "ENVCHANGE old value");
    } else {
      throw new TdsProtocolException("Unsupported ENVCHANGE type " + type);
    }
    TokenFrames.expectConsumed(body, "ENVCHANGE");
    return new EnvChangeToken(type, newValue, oldValue);
  }

  public void encode(ByteBuf out, int tdsVersion) {
    int at = TokenFrames.begin(out, TokenType.ENVCHANGE);
    out.writeByte(type);
    if (isStringType(type)) {
      out.writeByte(newValue.length / 2).writeBytes(newValue);
      out.writeByte(oldValue.length / 2).writeBytes(oldValue);
    } else {
      Wire.writeBVarbyte(out, newValue);
      Wire.writeBVarbyte(out, oldValue);
    }
    TokenFrames.end(out, at);
  }

  private static boolean isStringType(int type) {
    return type == DATABASE || type == LANGUAGE || type == PACKET_SIZE;
  }

  private static boolean isBinaryType(int type) {
    return type == SQL_COLLATION
        || type == BEGIN_TRANSACTION
        || type == COMMIT_TRANSACTION
        || type == ROLLBACK_TRANSACTION
        || type == RESET_CONNECTION_ACK;
  }

  private static byte[] stringBytes(ByteBuf body) {
    Wire.require(body, 1, "ENVCHANGE value length");
    return Wire.readBytes(body, body.readUnsignedByte() * 2, "ENVCHANGE value");
  }

  private static EnvChangeToken strings(int type, String newValue, String oldValue) {
    if (newValue.length() > 255 || oldValue.length() > 255) {
      throw new IllegalArgumentException("ENVCHANGE value longer than a B_VARCHAR");
    }
    return new EnvChangeToken(
        type,
        newValue.getBytes(StandardCharsets.UTF_16LE),
        oldValue.getBytes(StandardCharsets.UTF_16LE));
  }

  private static byte[] descriptor(long d) {
    byte[] b = new byte[8];
    Unpooled.wrappedBuffer(b).writerIndex(0).writeLongLE(d);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnvChangeToken e
        && type == e.type
        && Arrays.equals(newValue, e.newValue)
        && Arrays.equals(oldValue, e.oldValue);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * type + Arrays.hashCode(newValue)) + Arrays.hashCode(oldValue);
  }

  @Override
  public String toString() {
    if (isStringType(type)) {
      return "EnvChangeToken[type=" + type + ", new=" + newText() + ", old=" + oldText() + "]";
    }
    return "EnvChangeToken[type=" + type + ", new=" + HexFormat.of().formatHex(newValue)
        + ", old=" + HexFormat.of().formatHex(oldValue) + "]";
  }
}
