package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsValueCodec;
import dev.quern.tds.type.TypeInfo;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of an RPC parameter of type TVP (0xF3): a table type's name, its columns and rows
 * [MS-TDS §2.2.5.5.5], as mssql-jdbc sends it for {@code SQLServerDataTable} / {@code
 * setStructured}:
 *
 * <pre>
 * TVP_TYPE_INFO   := 0xF3 TVP_TYPENAME TVP_COLMETADATA [TVP_ORDER_UNIQUE] [TVP_COLUMN_ORDERING] 0x00
 * TVP_TYPENAME    := DbName OwningSchema TypeName          (B_VARCHAR each; DbName is empty)
 * TVP_COLMETADATA := 0xFFFF (no columns: a NULL table) | Count USHORT, Count × TvpColumnMetaData
 * TvpColumnMetaData := UserType ULONG, Flags USHORT, TYPE_INFO, ColName B_VARCHAR
 * TVP_ORDER_UNIQUE    := 0x10 Count USHORT, Count × (ColNum USHORT, Flags BYTE)
 * TVP_COLUMN_ORDERING := 0x11 Count USHORT, Count × ColNum USHORT
 * value           := *(0x01 TVP_ROW: one value per column not flagged fDefault) 0x00
 * </pre>
 *
 * A column flagged fDefault sends no data in the rows (it reads as null here). Ordering and
 * uniqueness hints are read and dropped: the table type declares its own keys.
 */
public record TableValuedParameter(String schema, String typeName, List<Column> columns, List<Object[]> rows) {
  /** The TYPE_INFO byte of a table-valued parameter. */
  public static final int TVP_TYPE = 0xF3;

  /** SQL Server's limit on the columns of a table (and so of a table type). */
  public static final int MAX_COLUMNS = 1024;

  /** fDefault: the column's value is its default and is not sent in the rows. */
  public static final int DEFAULT_FLAG = 0x0200;

  private static final int NULL_METADATA = 0xFFFF;
  private static final int END_TOKEN = 0x00;
  private static final int ROW_TOKEN = 0x01;
  private static final int ORDER_UNIQUE_TOKEN = 0x10;
  private static final int COLUMN_ORDERING_TOKEN = 0x11;
  private static final int DECIMALN = 0x6A;
  private static final int NUMERICN = 0x6C;

  /** One column: its name (often empty), the flags of TvpColumnMetaData and its TYPE_INFO. */
  public record Column(String name, int userType, int flags, TypeInfo type) {
    boolean sent() {
      return (flags & DEFAULT_FLAG) == 0;
    }
  }

  public TableValuedParameter {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** Decodes what follows the 0xF3 type byte: type name, columns, optional tokens, rows. */
  public static TableValuedParameter decode(ByteBuf in, int tdsVersion) {
    String db = Wire.readBVarchar(in, "TVP database name");
    if (!db.isEmpty()) {
      throw new TdsProtocolException("TVP type name with a database part '" + db + "'");
    }
    String schema = Wire.readBVarchar(in, "TVP schema name");
    String typeName = Wire.readBVarchar(in, "TVP type name");
    List<Column> columns = readColumns(in, tdsVersion);
    skipOptionalTokens(in, columns.size());
    List<Object[]> rows = new ArrayList<>();
    while (true) {
      Wire.require(in, 1, "TVP row token");
      int token = in.readUnsignedByte();
      if (token == END_TOKEN) {
        return new TableValuedParameter(schema, typeName, columns, rows);
      }
      if (token != ROW_TOKEN || columns.isEmpty()) {
        throw new TdsProtocolException("Bad TVP row token 0x" + Integer.toHexString(token));
      }
      // Every row consumes at least its token byte, so the count is bounded by the message size.
      rows.add(readRow(in, columns, tdsVersion));
    }
  }

  private static List<Column> readColumns(ByteBuf in, int tdsVersion) {
    Wire.require(in, 2, "TVP column count");
    int count = in.readUnsignedShortLE();
    if (count == NULL_METADATA) {
      return List.of();
    }
    if (count == 0 || count > MAX_COLUMNS) {
      throw new TdsProtocolException("TVP with " + count + " columns");
    }
    List<Column> columns = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Wire.require(in, 6, "TVP column metadata");
      int userType = in.readIntLE();
      int flags = in.readUnsignedShortLE();
      TypeInfo type = readColumnType(in, tdsVersion);
      String name = Wire.readBVarchar(in, "TVP column name");
      columns.add(new Column(name, userType, flags, type));
    }
    return columns;
  }

  /**
   * A column's TYPE_INFO. mssql-jdbc sizes a decimal column by the values it holds, so a table with
   * no rows describes it as precision 0: read as the widest decimal of that scale.
   */
  private static TypeInfo readColumnType(ByteBuf in, int tdsVersion) {
    int at = in.readerIndex();
    if (in.readableBytes() >= 4 && (in.getUnsignedByte(at) == DECIMALN || in.getUnsignedByte(at) == NUMERICN)
        && in.getUnsignedByte(at + 2) == 0) {
      int token = in.readUnsignedByte();
      in.skipBytes(2); // length, precision 0
      int scale = Math.min(in.readUnsignedByte(), TypeInfo.MAX_PRECISION);
      return token == DECIMALN
          ? TypeInfo.decimalN(TypeInfo.MAX_PRECISION, scale)
          : TypeInfo.numericN(TypeInfo.MAX_PRECISION, scale);
    }
    return TypeInfo.decode(in, tdsVersion);
  }

  /** TVP_ORDER_UNIQUE and TVP_COLUMN_ORDERING, then the end of the metadata (0x00). */
  private static void skipOptionalTokens(ByteBuf in, int columnCount) {
    while (true) {
      Wire.require(in, 1, "TVP metadata token");
      int token = in.readUnsignedByte();
      if (token == END_TOKEN) {
        return;
      }
      if (token != ORDER_UNIQUE_TOKEN && token != COLUMN_ORDERING_TOKEN) {
        throw new TdsProtocolException("Bad TVP metadata token 0x" + Integer.toHexString(token));
      }
      Wire.require(in, 2, "TVP ordering count");
      int count = in.readUnsignedShortLE();
      if (count > columnCount) {
        throw new TdsProtocolException("TVP ordering of " + count + " columns, the type has " + columnCount);
      }
      int entry = token == ORDER_UNIQUE_TOKEN ? 3 : 2;
      Wire.require(in, count * entry, "TVP ordering");
      in.skipBytes(count * entry);
    }
  }

  private static Object[] readRow(ByteBuf in, List<Column> columns, int tdsVersion) {
    Object[] row = new Object[columns.size()];
    for (int c = 0; c < row.length; c++) {
      if (columns.get(c).sent()) {
        row[c] = TdsValueCodec.decodeParameter(in, columns.get(c).type(), tdsVersion);
      }
    }
    return row;
  }

  /** Writes the parameter as a client would, from the 0xF3 type byte on (tests, tools). */
  public void encode(ByteBuf out, int tdsVersion) {
    out.writeByte(TVP_TYPE);
    Wire.writeBVarchar(out, "");
    Wire.writeBVarchar(out, schema);
    Wire.writeBVarchar(out, typeName);
    if (columns.isEmpty()) {
      out.writeShortLE(NULL_METADATA);
    } else {
      out.writeShortLE(columns.size());
      for (Column c : columns) {
        out.writeIntLE(c.userType());
        out.writeShortLE(c.flags());
        c.type().encode(out, tdsVersion);
        Wire.writeBVarchar(out, c.name());
      }
    }
    out.writeByte(END_TOKEN);
    for (Object[] row : rows) {
      out.writeByte(ROW_TOKEN);
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).sent()) {
          TdsValueCodec.encodeParameter(out, columns.get(c).type(), row[c], tdsVersion);
        }
      }
    }
    out.writeByte(END_TOKEN);
  }

  @Override
  public String toString() {
    return "TableValuedParameter[" + schema + "." + typeName + ", " + columns.size() + " columns, " + rows.size()
        + " rows]";
  }
}
