package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;

import dev.quern.catalog.meta.Database;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The run of type columns INFORMATION_SCHEMA.PARAMETERS and ROUTINES share, DATA_TYPE through
 * DATETIME_PRECISION (then INTERVAL_TYPE and INTERVAL_PRECISION, always NULL), with the values SQL
 * Server's view definitions compute: lengths for character and binary types only, precision and
 * radix for numbers, DATETIME_PRECISION for date/time types, the collation and the character set
 * (iso_1 for the default collation's 8-bit types, UNICODE for the N types) for character types.
 * CHARACTER_SET_CATALOG/SCHEMA and COLLATION_CATALOG/SCHEMA are always NULL, as SQL Server returns
 * them. The numeric columns are tinyint in PARAMETERS and smallint in ROUTINES.
 */
final class IsoTypeColumns {
  private IsoTypeColumns() {}

  static List<ResultColumn> columns(boolean tinyNumbers) {
    List<ResultColumn> out = new ArrayList<>(List.of(
        nvarchar("DATA_TYPE", 128, true), integer("CHARACTER_MAXIMUM_LENGTH", true),
        integer("CHARACTER_OCTET_LENGTH", true), nvarchar("COLLATION_CATALOG", 128, true),
        nvarchar("COLLATION_SCHEMA", 128, true), nvarchar("COLLATION_NAME", 128, true),
        nvarchar("CHARACTER_SET_CATALOG", 128, true), nvarchar("CHARACTER_SET_SCHEMA", 128, true),
        nvarchar("CHARACTER_SET_NAME", 128, true)));
    out.add(tinyNumbers ? Columns.tinyint("NUMERIC_PRECISION", true) : smallint("NUMERIC_PRECISION", true));
    out.add(smallint("NUMERIC_PRECISION_RADIX", true));
    out.add(tinyNumbers ? Columns.tinyint("NUMERIC_SCALE", true) : smallint("NUMERIC_SCALE", true));
    out.add(smallint("DATETIME_PRECISION", true));
    out.add(nvarchar("INTERVAL_TYPE", 30, true));
    out.add(smallint("INTERVAL_PRECISION", true));
    return out;
  }

  /** The values for {@code t}; all NULL for no type (a procedure's ROUTINES row). */
  static Object[] values(SqlType t) {
    if (t == null) {
      return new Object[15];
    }
    boolean chars = SqlTypes.isCharacter(t.id());
    boolean number = SqlTypes.isNumeric(t.id());
    return new Object[] {
      SqlTypes.name(t.id()),
      TypeFacets.hasLength(t) ? TypeFacets.characterLength(t) : null,
      TypeFacets.hasLength(t) ? TypeFacets.octetLength(t) : null,
      null, null, chars ? Database.DEFAULT_COLLATION : null,
      null, null, chars ? (SqlTypes.isUnicode(t.id()) ? "UNICODE" : "iso_1") : null,
      number ? TypeFacets.precision(t) : null,
      number ? (t.id() == TypeId.REAL || t.id() == TypeId.FLOAT ? 2 : 10) : null,
      number ? TypeFacets.scale(t) : null,
      SqlTypes.isTemporal(t.id()) ? TypeFacets.scale(t) : null,
      null, null
    };
  }
}
