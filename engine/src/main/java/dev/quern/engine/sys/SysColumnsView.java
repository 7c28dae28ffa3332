package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.varbinary;
import static dev.quern.engine.sys.Columns.varchar;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sys.syscolumns ("sys.syscolumns (Transact-SQL)"): a row per column of sys.columns and per
 * parameter of sys.parameters (the return value of a scalar function, parameter 0, is left out),
 * with their ids and types. cdefault and domain are the column's DEFAULT and column-level CHECK
 * constraint (0 for none). status holds the documented bits 0x08 (nullable), 0x40 (output
 * parameter) and 0x80 (identity). prec is sys.columns' precision, or the length in characters (in
 * bytes for binary types), -1 for a max type or xml; scale is NULL for a type without precision.
 * collationid is Quern's one collation's id (SERVERPROPERTY('CollationID')) for character columns.
 * type and usertype, SQL Server 2000's storage codes, are not kept by Quern and are NULL; so are
 * autoval and printfmt, and offset (Quern's rows have no fixed offsets); the other internal
 * columns are 0, colorder is colid.
 */
final class SysColumnsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", true), integer("id", false), tinyint("xtype", false), tinyint("typestat", true),
          smallint("xusertype", true), smallint("length", false), tinyint("xprec", false), tinyint("xscale", false),
          smallint("colid", true), smallint("xoffset", true), tinyint("bitpos", true), tinyint("reserved", true),
          smallint("colstat", true), integer("cdefault", false), integer("domain", false), smallint("number", true),
          smallint("colorder", true), varbinary("autoval", 8000, true), smallint("offset", true),
          integer("collationid", true), tinyint("status", true), tinyint("type", true), smallint("usertype", true),
          varchar("printfmt", 255, true), smallint("prec", true), integer("scale", true), integer("iscomputed", true),
          integer("isoutparam", true), integer("isnullable", true), sysname("collation", true));

  /** SERVERPROPERTY('CollationID') of SQL_Latin1_General_CP1_CI_AS, Quern's one collation. */
  static final int COLLATION_ID = 872468488;

  @Override
  public String name() {
    return "syscolumns";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Map<List<Integer>, Integer> defaults = constraintsByColumn("default_constraints", session);
    Map<List<Integer>, Integer> checks = constraintsByColumn("check_constraints", session);
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row c : ViewRows.of("columns", session)) {
      List<Integer> key = List.of(c.integer("object_id"), c.integer("column_id"));
      boolean nullable = c.bit("is_nullable");
      int status = (nullable ? 0x08 : 0) | (c.bit("is_identity") ? 0x80 : 0);
      out.add(row(c, c.integer("column_id"), defaults.getOrDefault(key, 0), checks.getOrDefault(key, 0), status,
          c.bit("is_computed"), false, nullable, (String) c.get("collation_name")));
    }
    for (ViewRows.Row p : ViewRows.of("parameters", session)) {
      if (p.integer("parameter_id") > 0) {
        boolean output = p.bit("is_output");
        out.add(row(p, p.integer("parameter_id"), 0, 0, 0x08 | (output ? 0x40 : 0), false, output, true, null));
      }
    }
    return out;
  }

  private static Object[] row(ViewRows.Row c, int colid, int cdefault, int domain, int status, boolean computed,
      boolean output, boolean nullable, String collation) {
    int typeId = c.integer("system_type_id");
    int length = c.integer("max_length");
    int precision = c.integer("precision");
    return new Object[] {c.get("name"), c.get("object_id"), typeId, 0, c.get("user_type_id"), length, precision,
      c.get("scale"), colid, 0, 0, 0, 0, cdefault, domain, 0, colid, null, null,
      collation == null ? null : COLLATION_ID, status, null, null, null, prec(typeId, length, precision),
      precision > 0 ? c.get("scale") : null, computed ? 1 : 0, output ? 1 : 0, nullable ? 1 : 0, collation};
  }

  /** The documented prec: numeric precision, else a length in characters (bytes), -1 for max. */
  static int prec(int typeId, int maxLength, int precision) {
    if (maxLength == -1 || typeId == 241) {
      return -1;
    }
    if (precision > 0) {
      return precision;
    }
    return switch (typeId) {
      case 231, 239, 99 -> maxLength / 2; // nvarchar, nchar, ntext: two bytes a character
      case 167, 175, 35, 165, 173, 34 -> maxLength; // varchar, char, text, varbinary, binary, image
      default -> 0;
    };
  }

  /** The DEFAULT or CHECK constraints of single columns, by (table id, column id). */
  private static Map<List<Integer>, Integer> constraintsByColumn(String view, SessionState session) {
    Map<List<Integer>, Integer> out = new HashMap<>();
    for (ViewRows.Row k : ViewRows.of(view, session)) {
      if (k.integer("parent_column_id") > 0) {
        out.putIfAbsent(List.of(k.integer("parent_object_id"), k.integer("parent_column_id")), k.integer("object_id"));
      }
    }
    return out;
  }
}
