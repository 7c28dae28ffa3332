package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.varchar;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.systypes ("sys.systypes (Transact-SQL)"): a row per type of sys.types except table types
 * (which SQL Server 2000 did not have), with its ids, length, precision, default and rule, schema
 * (uid) and collation. variable marks varbinary, varchar and nvarchar (and the types built on
 * them); prec and scale follow syscolumns ({@link SysColumnsView}). type and usertype, SQL Server
 * 2000's storage codes, are not kept and are NULL, as are printfmt; status and reserved are 0.
 */
final class SysTypesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false), tinyint("xtype", false), tinyint("status", true), smallint("xusertype", true),
          smallint("length", false), tinyint("xprec", false), tinyint("xscale", false), integer("tdefault", false),
          integer("domain", false), smallint("uid", true), smallint("reserved", true), integer("collationid", true),
          smallint("usertype", true), bit("variable", false), bit("allownulls", true), tinyint("type", true),
          varchar("printfmt", 255, true), smallint("prec", true), tinyint("scale", true), sysname("collation", true));

  @Override
  public String name() {
    return "systypes";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row t : ViewRows.of("types", session)) {
      if (t.bit("is_table_type")) {
        continue;
      }
      int typeId = t.integer("system_type_id");
      int length = t.integer("max_length");
      int precision = t.integer("precision");
      String collation = (String) t.get("collation_name");
      out.add(new Object[] {t.get("name"), typeId, 0, t.get("user_type_id"), length, precision, t.get("scale"),
        t.get("default_object_id"), t.get("rule_object_id"), t.get("schema_id"), 0,
        collation == null ? null : SysColumnsView.COLLATION_ID, null, typeId == 165 || typeId == 167 || typeId == 231,
        t.get("is_nullable"), null, null, SysColumnsView.prec(typeId, length, precision),
        precision > 0 ? t.get("scale") : null, collation});
    }
    return out;
  }
}
