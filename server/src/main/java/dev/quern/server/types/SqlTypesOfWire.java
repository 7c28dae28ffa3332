package dev.quern.server.types;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.tds.type.TypeInfo;

/** The SQL type of a value a client sent with a TYPE_INFO (RPC parameters, bulk load columns). */
final class SqlTypesOfWire {
  private SqlTypesOfWire() {}

  static SqlType of(TypeInfo info) {
    int len = info.maxLength();
    return switch (info.type()) {
      // A parameter of the NULL type is typed like the literal NULL: int.
      case NULLTYPE -> SqlType.of(TypeId.INT);
      case INT1 -> SqlType.of(TypeId.TINYINT);
      case INT2 -> SqlType.of(TypeId.SMALLINT);
      case INT4 -> SqlType.of(TypeId.INT);
      case INT8 -> SqlType.of(TypeId.BIGINT);
      case INTN -> SqlType.of(switch (len) {
        case 1 -> TypeId.TINYINT;
        case 2 -> TypeId.SMALLINT;
        case 4 -> TypeId.INT;
        default -> TypeId.BIGINT;
      });
      case BIT, BITN -> SqlType.of(TypeId.BIT);
      case FLT4 -> SqlType.of(TypeId.REAL);
      case FLT8 -> SqlType.of(TypeId.FLOAT);
      case FLTN -> SqlType.of(len == 4 ? TypeId.REAL : TypeId.FLOAT);
      case MONEY -> SqlType.of(TypeId.MONEY);
      case MONEY4 -> SqlType.of(TypeId.SMALLMONEY);
      case MONEYN -> SqlType.of(len == 4 ? TypeId.SMALLMONEY : TypeId.MONEY);
      case DATETIME -> SqlType.of(TypeId.DATETIME);
      case DATETIM4 -> SqlType.of(TypeId.SMALLDATETIME);
      case DATETIMN -> SqlType.of(len == 4 ? TypeId.SMALLDATETIME : TypeId.DATETIME);
      case DECIMAL, DECIMALN -> new SqlType(TypeId.DECIMAL, 0, info.precision(), info.scale());
      case NUMERIC, NUMERICN -> new SqlType(TypeId.NUMERIC, 0, info.precision(), info.scale());
      case GUID -> SqlType.of(TypeId.UNIQUEIDENTIFIER);
      case DATEN -> SqlType.of(TypeId.DATE);
      case TIMEN -> SqlType.withScale(TypeId.TIME, info.scale());
      case DATETIME2N -> SqlType.withScale(TypeId.DATETIME2, info.scale());
      case DATETIMEOFFSETN -> SqlType.withScale(TypeId.DATETIMEOFFSET, info.scale());
      case CHAR, BIGCHAR -> SqlType.ofLength(TypeId.CHAR, atLeastOne(len));
      case VARCHAR -> SqlType.ofLength(TypeId.VARCHAR, atLeastOne(len));
      case BIGVARCHAR -> SqlType.ofLength(TypeId.VARCHAR, info.isPlp() ? SqlType.MAX : atLeastOne(len));
      case NCHAR -> SqlType.ofLength(TypeId.NCHAR, atLeastOne(len / 2));
      case NVARCHAR ->
          SqlType.ofLength(TypeId.NVARCHAR, info.isPlp() ? SqlType.MAX : atLeastOne(len / 2));
      case BINARY, BIGBINARY -> SqlType.ofLength(TypeId.BINARY, atLeastOne(len));
      case VARBINARY -> SqlType.ofLength(TypeId.VARBINARY, atLeastOne(len));
      case BIGVARBINARY ->
          SqlType.ofLength(TypeId.VARBINARY, info.isPlp() ? SqlType.MAX : atLeastOne(len));
      case TEXT -> SqlType.of(TypeId.TEXT);
      case NTEXT -> SqlType.of(TypeId.NTEXT);
      case IMAGE -> SqlType.of(TypeId.IMAGE);
      case XML -> SqlType.ofLength(TypeId.XML, SqlType.MAX);
      case SSVARIANT -> SqlType.of(TypeId.SQL_VARIANT);
      // The system CLR types: hierarchyid, geometry, geography; no user CLR type exists here.
      case UDT -> switch (info.udt().typeName().toLowerCase(java.util.Locale.ROOT)) {
        case "hierarchyid" -> SqlType.of(TypeId.HIERARCHYID);
        case "geometry" -> SqlType.of(TypeId.GEOMETRY);
        case "geography" -> SqlType.of(TypeId.GEOGRAPHY);
        default -> throw new dev.quern.tds.TdsProtocolException(
            "CLR UDT values of type " + info.udt().typeName() + " are not supported");
      };
    };
  }

  /** Clients may declare a zero length for an empty value; no SQL type has length 0. */
  private static int atLeastOne(int length) {
    return Math.max(1, length);
  }
}
