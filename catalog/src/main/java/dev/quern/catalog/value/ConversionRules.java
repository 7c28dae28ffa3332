package dev.quern.catalog.value;

import dev.quern.catalog.type.TypeId;

/**
 * Which conversions SQL Server performs implicitly, which only with CAST/CONVERT, and which never:
 * the chart of "Data type conversion (Database Engine)".
 */
final class ConversionRules {
  /** Type families as the chart groups them (its rows and columns). */
  enum Family {
    INTEGER,
    BIT,
    DECIMAL,
    MONEY,
    APPROX,
    CHAR,
    TEXT,
    BINARY,
    IMAGE,
    OLD_DATETIME,
    DATE,
    TIME,
    NEW_DATETIME,
    GUID,
    XML,
    VARIANT,
    CLR,
    VECTOR
  }

  // I = implicit, E = explicit only, N = not allowed. Rows: from; columns: to, in Family order.
  // Columns:     I B D M A C T B I O D T N G X V U W  (U: the CLR types, hierarchyid; W: vector)
  private static final String[] CHART = {
    /* INTEGER      */ "I I I I I I N I N I N N N N N I N N",
    /* BIT          */ "I I I I I I N I N I N N N N N I N N",
    /* DECIMAL      */ "I I I I I I N I N I N N N N N I N N",
    /* MONEY        */ "I I I I I I N I N I N N N N N I N N",
    /* APPROX       */ "I I I I I I N E N I N N N N N I N N",
    /* CHAR         */ "I I I I I I I E E I I I I I I I I I",
    /* TEXT         */ "N N N N N I I N N N N N N N I N N N",
    /* BINARY       */ "I I I I N I I I I E N N N I E I I N",
    /* IMAGE        */ "N N N N N N N I I N N N N N E N N N",
    /* OLD_DATETIME */ "E E E E E I N E N I I I I N N I N N",
    /* DATE         */ "N N N N N I N N N I I N I N N I N N",
    /* TIME         */ "N N N N N I N N N I N I I N N I N N",
    /* NEW_DATETIME */ "N N N N N I N N N I I I I N N I N N",
    /* GUID         */ "N N N N N I N I N N N N N I N I N N",
    /* XML          */ "N N N N N E N E N N N N N N I N N N",
    /* VARIANT      */ "E E E E E E N E N E E E E E N I N N",
    /* CLR          */ "N N N N N E N I N N N N N N N N I N",
    /* VECTOR       */ "N N N N N I N N N N N N N N N N N I",
  };

  private static final int TYPES = TypeId.values().length;
  /**
   * The chart's cell for every (from, to) pair, read once: CAST and implicit conversions consult
   * it per value (an input query's CAST over a million rows asked the chart a million times).
   */
  private static final char[] RULES = new char[TYPES * TYPES];

  static {
    for (TypeId from : TypeId.values()) {
      for (TypeId to : TypeId.values()) {
        RULES[from.ordinal() * TYPES + to.ordinal()] = from == to ? 'I' : chart(from, to);
      }
    }
  }

  private ConversionRules() {}

  static Family family(TypeId id) {
    return switch (id) {
      case TINYINT, SMALLINT, INT, BIGINT -> Family.INTEGER;
      case BIT -> Family.BIT;
      case DECIMAL, NUMERIC -> Family.DECIMAL;
      case SMALLMONEY, MONEY -> Family.MONEY;
      case REAL, FLOAT -> Family.APPROX;
      case CHAR, VARCHAR, NCHAR, NVARCHAR -> Family.CHAR;
      case TEXT, NTEXT -> Family.TEXT;
      case BINARY, VARBINARY -> Family.BINARY;
      case IMAGE -> Family.IMAGE;
      case DATETIME, SMALLDATETIME -> Family.OLD_DATETIME;
      case DATE -> Family.DATE;
      case TIME -> Family.TIME;
      case DATETIME2, DATETIMEOFFSET -> Family.NEW_DATETIME;
      case UNIQUEIDENTIFIER -> Family.GUID;
      case XML -> Family.XML;
      case SQL_VARIANT -> Family.VARIANT;
      case HIERARCHYID, GEOMETRY, GEOGRAPHY -> Family.CLR;
      case VECTOR -> Family.VECTOR;
      case JSON -> throw new IllegalArgumentException("json is outside the chart");
    };
  }

  private static char chart(TypeId from, TypeId to) {
    if (from == TypeId.JSON || to == TypeId.JSON) {
      return JsonConversions.rule(from, to);
    }
    if (family(from) == Family.CLR && family(to) == Family.CLR) {
      return 'N'; // one CLR type never converts to another (geometry to geography is 529's Msg 206)
    }
    return CHART[family(from).ordinal()].charAt(2 * family(to).ordinal());
  }

  static boolean implicit(TypeId from, TypeId to) {
    return RULES[from.ordinal() * TYPES + to.ordinal()] == 'I';
  }

  static boolean explicit(TypeId from, TypeId to) {
    return RULES[from.ordinal() * TYPES + to.ordinal()] != 'N';
  }
}
