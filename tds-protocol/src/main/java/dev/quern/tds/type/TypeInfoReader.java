package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;

/** Reads the body of a TYPE_INFO after its token, rejecting lengths and facets SQL Server would. */
final class TypeInfoReader {
  private TypeInfoReader() {}

  static TypeInfo read(TdsDataType type, ByteBuf in) {
    return switch (type.lengthKind()) {
      case FIXED -> TypeInfo.fixed(type);
      case BYTE -> readByteLen(type, in);
      case SCALE -> readScaled(type, in);
      case USHORT -> readShortLen(type, in);
      case LONG -> readLongLen(type, in);
      case PLP -> readXml(in);
    };
  }

  private static TypeInfo readByteLen(TdsDataType type, ByteBuf in) {
    int len = TdsBuffers.readUnsignedByte(in, "TYPE_INFO length");
    switch (type) {
      case INTN -> expect(type, len, 1, 2, 4, 8);
      case BITN -> expect(type, len, 1);
      case FLTN, MONEYN, DATETIMN -> expect(type, len, 4, 8);
      case GUID -> {
        // mssql-jdbc declares a NULL uniqueidentifier parameter (an OUTPUT one not set) with
        // length 0, which SQL Server takes; it is the 16-byte type all the same.
        expect(type, len, 0, 16);
        return TypeInfo.guid();
      }
      case DECIMALN, NUMERICN, DECIMAL, NUMERIC -> {
        // Clients size this by precision (FreeTDS: 1 sign byte + the bytes the precision needs,
        // e.g. 6 for precision 10..12); SQL Server takes any sign + 1..16 magnitude bytes.
        if (len < TypeInfo.MIN_DECIMAL_LENGTH || len > TypeInfo.MAX_DECIMAL_LENGTH) {
          throw new TdsProtocolException("Invalid length " + len + " for " + type);
        }
        int precision = TdsBuffers.readUnsignedByte(in, "decimal precision");
        int scale = TdsBuffers.readUnsignedByte(in, "decimal scale");
        if (precision < 1 || precision > TypeInfo.MAX_PRECISION || scale > precision) {
          throw new TdsProtocolException(
              "Invalid decimal precision/scale " + precision + "/" + scale);
        }
        return new TypeInfo(type, len, precision, scale, null);
      }
      default -> {} // legacy CHAR/VARCHAR/BINARY/VARBINARY: any length up to 255
    }
    return new TypeInfo(type, len, 0, 0, null);
  }

  private static TypeInfo readScaled(TdsDataType type, ByteBuf in) {
    if (type == TdsDataType.DATEN) {
      return TypeInfo.date();
    }
    int scale = TdsBuffers.readUnsignedByte(in, "TYPE_INFO scale");
    if (scale > TypeInfo.MAX_TIME_SCALE) {
      throw new TdsProtocolException("Invalid scale " + scale + " for " + type);
    }
    return switch (type) {
      case TIMEN -> TypeInfo.time(scale);
      case DATETIME2N -> TypeInfo.datetime2(scale);
      default -> TypeInfo.datetimeOffset(scale);
    };
  }

  private static TypeInfo readShortLen(TdsDataType type, ByteBuf in) {
    if (type == TdsDataType.UDT) {
      // A client's parameter: UDT_INFO_IN_RPC, the names only; its value is PLP.
      return TypeInfo.udt(TypeInfo.MAX_LENGTH, UdtInfo.decodeRpc(in));
    }
    int len = TdsBuffers.readUnsignedShortLE(in, "TYPE_INFO length");
    boolean maxAllowed =
        type == TdsDataType.BIGVARCHAR
            || type == TdsDataType.NVARCHAR
            || type == TdsDataType.BIGVARBINARY;
    if (len > TypeInfo.MAX_SHORT_LENGTH && !(len == TypeInfo.MAX_LENGTH && maxAllowed)) {
      throw new TdsProtocolException("Invalid length " + len + " for " + type);
    }
    Collation collation = type.hasCollation() ? Collation.decode(in) : null;
    return new TypeInfo(type, len, 0, 0, collation);
  }

  private static TypeInfo readLongLen(TdsDataType type, ByteBuf in) {
    int len = TdsBuffers.readIntLE(in, "TYPE_INFO length");
    if (len < 0) {
      throw new TdsProtocolException("Invalid length " + len + " for " + type);
    }
    Collation collation = type.hasCollation() ? Collation.decode(in) : null;
    return new TypeInfo(type, len, 0, 0, collation);
  }

  /** XML_INFO: the schema collection is read and dropped; values are untyped xml text. */
  private static TypeInfo readXml(ByteBuf in) {
    int schemaPresent = TdsBuffers.readUnsignedByte(in, "XML_INFO");
    if (schemaPresent == 1) {
      TdsBuffers.readBVarchar(in, "XML_INFO db name");
      TdsBuffers.readBVarchar(in, "XML_INFO owning schema");
      TdsBuffers.readUsVarchar(in, "XML_INFO schema collection");
    } else if (schemaPresent != 0) {
      throw new TdsProtocolException("Invalid XML_INFO SchemaPresent " + schemaPresent);
    }
    return TypeInfo.xml();
  }

  private static void expect(TdsDataType type, int len, int... allowed) {
    for (int a : allowed) {
      if (a == len) {
        return;
      }
    }
    throw new TdsProtocolException("Invalid length " + len + " for " + type);
  }
}
