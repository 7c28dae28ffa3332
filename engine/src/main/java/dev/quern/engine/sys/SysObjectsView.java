package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.character;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.sysobjects ("sys.sysobjects (Transact-SQL)"), the SQL Server 2000 compatibility view of
 * sys.objects: one row per object of sys.objects, with the same id, name, schema (uid), parent and
 * creation date. xtype is sys.objects.type; type is the same except that PRIMARY KEY and UNIQUE
 * constraints are both K, as documented. refdate repeats crdate, as SQL Server shows it. The
 * columns documented as internal (info, status, base_schema_ver, replinfo, stats_schema_ver,
 * userstat, sysstat, indexdel, version, the *trig columns, cache) and schema_ver ("always returns
 * 0"), ftcatid (no full-text catalogs) and category (no replication) are 0.
 */
final class SysObjectsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false), integer("id", false), character("xtype", 2, false), smallint("uid", true),
          smallint("info", true), integer("status", true), integer("base_schema_ver", true),
          integer("replinfo", true), integer("parent_obj", false), datetime("crdate", true),
          smallint("ftcatid", true), integer("schema_ver", true), integer("stats_schema_ver", true),
          character("type", 2, true), smallint("userstat", true), smallint("sysstat", true),
          smallint("indexdel", true), datetime("refdate", true), integer("version", true),
          integer("deltrig", true), integer("instrig", true), integer("updtrig", true), integer("seltrig", true),
          integer("category", true), smallint("cache", true));

  @Override
  public String name() {
    return "sysobjects";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row o : ViewRows.of("objects", session)) {
      String xtype = (String) o.get("type");
      String type = xtype.equals("PK") || xtype.equals("UQ") ? "K " : xtype;
      Object created = o.get("create_date");
      out.add(new Object[] {o.get("name"), o.get("object_id"), xtype, o.get("schema_id"), 0, 0, 0, 0,
          o.get("parent_object_id"), created, 0, 0, 0, type, 0, 0, 0, created, 0, 0, 0, 0, 0, 0, 0});
    }
    return out;
  }
}
