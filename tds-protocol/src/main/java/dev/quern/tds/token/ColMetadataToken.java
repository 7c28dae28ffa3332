package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsBuffers;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * COLMETADATA, the description of a result set's columns [MS-TDS §2.2.7.4].
 *
 * <pre>
 * 0x81  Count USHORT (0xFFFF = no metadata)
 *       per column: UserType (USHORT in 7.1, ULONG from 7.2)  Flags USHORT  TYPE_INFO
 *                   [TableName: text/ntext/image only; 7.2+ NumParts BYTE + US_VARCHAR parts,
 *                    7.1 one US_VARCHAR]
 *                   ColName B_VARCHAR
 * </pre>
 *
 * <p>{@link #encode} writes the token byte and {@link #decode} reads it; decode returns null when
 * the token is incomplete. The NoMetaData form (count 0xFFFF) decodes to an empty column list;
 * write it with {@link #encodeNoMetadata}.
 */
public record ColMetadataToken(List<ColumnMetadata> columns) {
  public static final int TOKEN = 0x81;
  /** SQL Server's limit on the columns of a SELECT; larger counts are rejected on decode. */
  public static final int MAX_COLUMNS = 4096;
  /** Count value meaning "no metadata follows" (RPC with fNoMetaData). */
  public static final int NO_METADATA = 0xFFFF;
  /** The most parts a multi-part table name may have (server.db.schema.table). */
  private static final int MAX_TABLE_NAME_PARTS = 4;

  public ColMetadataToken {
    columns = List.copyOf(columns);
    if (columns.size() > MAX_COLUMNS) {
      throw new IllegalArgumentException("Too many columns: " + columns.size());
    }
  }

  public ColMetadataToken(ColumnMetadata... columns) {
    this(List.of(columns));
  }

  public int size() {
    return columns.size();
  }

  public ColumnMetadata column(int index) {
    return columns.get(index);
  }

  public void encode(ByteBuf out, int tdsVersion) {
    out.writeByte(TOKEN);
    out.writeShortLE(columns.size());
    for (ColumnMetadata c : columns) {
      encodeColumn(out, c, tdsVersion);
    }
  }

  /** Writes {@code 81 FF FF}: the NoMetaData form. */
  public static void encodeNoMetadata(ByteBuf out) {
    out.writeByte(TOKEN);
    out.writeShortLE(NO_METADATA);
  }

  /** Reads the token, or returns null (reader index unchanged) when it is incomplete. */
  public static ColMetadataToken decode(ByteBuf in, int tdsVersion) {
    return Tokens.orNeedMore(in, TOKEN, () -> decodeBody(in, tdsVersion));
  }

  private static ColMetadataToken decodeBody(ByteBuf in, int tdsVersion) {
    int count = TdsBuffers.readUnsignedShortLE(in, "COLMETADATA count");
    if (count == NO_METADATA) {
      return new ColMetadataToken(List.of());
    }
    if (count > MAX_COLUMNS) {
      throw new TdsProtocolException("COLMETADATA with " + count + " columns");
    }
    List<ColumnMetadata> columns = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      columns.add(decodeColumn(in, tdsVersion));
    }
    return new ColMetadataToken(columns);
  }

  static void encodeColumn(ByteBuf out, ColumnMetadata c, int tdsVersion) {
    writeUserType(out, c.userType(), tdsVersion);
    out.writeShortLE(c.flags());
    c.type().encode(out, tdsVersion);
    if (c.type().isTextPointerType()) {
      writeTableName(out, c.tableName(), tdsVersion);
    }
    TdsBuffers.writeBVarchar(out, c.name());
  }

  static ColumnMetadata decodeColumn(ByteBuf in, int tdsVersion) {
    int userType = readUserType(in, tdsVersion);
    int flags = TdsBuffers.readUnsignedShortLE(in, "COLMETADATA flags");
    TypeInfo type = TypeInfo.decode(in, tdsVersion);
    String table = type.isTextPointerType() ? readTableName(in, tdsVersion) : null;
    String name = TdsBuffers.readBVarchar(in, "COLMETADATA column name");
    return new ColumnMetadata(userType, flags, type, table, name);
  }

  /** UserType is a USHORT before TDS 7.2 and a ULONG after [MS-TDS §2.2.7.4]. */
  static void writeUserType(ByteBuf out, int userType, int tdsVersion) {
    if (TdsVersion.atLeast72(tdsVersion)) {
      out.writeIntLE(userType);
    } else {
      out.writeShortLE(userType);
    }
  }

  static int readUserType(ByteBuf in, int tdsVersion) {
    return TdsVersion.atLeast72(tdsVersion)
        ? TdsBuffers.readIntLE(in, "UserType")
        : TdsBuffers.readUnsignedShortLE(in, "UserType");
  }

  private static void writeTableName(ByteBuf out, String tableName, int tdsVersion) {
    if (!TdsVersion.atLeast72(tdsVersion)) {
      TdsBuffers.writeUsVarchar(out, tableName == null ? "" : tableName);
      return;
    }
    if (tableName == null || tableName.isEmpty()) {
      out.writeByte(0);
      return;
    }
    String[] parts = tableName.split("\\.", -1);
    out.writeByte(parts.length);
    for (String part : parts) {
      TdsBuffers.writeUsVarchar(out, part);
    }
  }

  private static String readTableName(ByteBuf in, int tdsVersion) {
    if (!TdsVersion.atLeast72(tdsVersion)) {
      String name = TdsBuffers.readUsVarchar(in, "TableName");
      return name.isEmpty() ? null : name;
    }
    int parts = TdsBuffers.readUnsignedByte(in, "TableName NumParts");
    if (parts > MAX_TABLE_NAME_PARTS) {
      throw new TdsProtocolException("TableName with " + parts + " parts");
    }
    if (parts == 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(TdsBuffers.readUsVarchar(in, "TableName part"));
    }
    return sb.toString();
  }
}
