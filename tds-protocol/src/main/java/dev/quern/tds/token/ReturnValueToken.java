package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsBuffers;
import dev.quern.tds.type.TdsValueCodec;
import dev.quern.tds.type.TypeInfo;
import io.netty.buffer.ByteBuf;
import java.util.Objects;

/**
 * RETURNVALUE, the value of an OUTPUT parameter or a UDF result [MS-TDS §2.2.7.18].
 *
 * <pre>
 * 0xAC  ParamOrdinal USHORT  ParamName B_VARCHAR (with '@')  Status BYTE (0x01 output, 0x02 UDF)
 *       UserType (USHORT in 7.1, ULONG from 7.2)  Flags USHORT  TYPE_INFO  value (TYPE_VARBYTE)
 * </pre>
 *
 * <p>{@link #encode} writes the token byte and {@link #decode} reads it; decode returns null when
 * the token is incomplete.
 */
public record ReturnValueToken(
    int ordinal,
    String paramName,
    int status,
    int userType,
    int flags,
    TypeInfo type,
    Object value) {
  public static final int TOKEN = 0xAC;
  public static final int STATUS_OUTPUT_PARAM = 0x01;
  public static final int STATUS_UDF = 0x02;

  public ReturnValueToken {
    Objects.requireNonNull(paramName, "paramName");
    Objects.requireNonNull(type, "type");
  }

  /** An OUTPUT parameter value as SQL Server sends it: nullable, user type 0. */
  public static ReturnValueToken output(int ordinal, String paramName, TypeInfo type, Object value) {
    return new ReturnValueToken(
        ordinal, paramName, STATUS_OUTPUT_PARAM, 0, ColumnMetadata.FLAG_NULLABLE, type, value);
  }

  public void encode(ByteBuf out, int tdsVersion) {
    out.writeByte(TOKEN);
    out.writeShortLE(ordinal);
    TdsBuffers.writeBVarchar(out, paramName);
    out.writeByte(status);
    ColMetadataToken.writeUserType(out, userType, tdsVersion);
    out.writeShortLE(flags);
    type.encode(out, tdsVersion);
    TdsValueCodec.encodeParameter(out, type, value, tdsVersion);
  }

  /** Reads the token, or returns null (reader index unchanged) when it is incomplete. */
  public static ReturnValueToken decode(ByteBuf in, int tdsVersion) {
    return Tokens.orNeedMore(in, TOKEN, () -> decodeBody(in, tdsVersion));
  }

  private static ReturnValueToken decodeBody(ByteBuf in, int tdsVersion) {
    int ordinal = TdsBuffers.readUnsignedShortLE(in, "RETURNVALUE ordinal");
    String name = TdsBuffers.readBVarchar(in, "RETURNVALUE name");
    int status = TdsBuffers.readUnsignedByte(in, "RETURNVALUE status");
    if ((status & ~(STATUS_OUTPUT_PARAM | STATUS_UDF)) != 0) {
      throw new TdsProtocolException("RETURNVALUE status 0x" + Integer.toHexString(status));
    }
    int userType = ColMetadataToken.readUserType(in, tdsVersion);
    int flags = TdsBuffers.readUnsignedShortLE(in, "RETURNVALUE flags");
    TypeInfo type = TypeInfo.decode(in, tdsVersion);
    Object value = TdsValueCodec.decodeParameter(in, type, tdsVersion);
    return new ReturnValueToken(ordinal, name, status, userType, flags, type, value);
  }
}
