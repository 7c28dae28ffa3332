package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sys.sysdatabases ("sys.sysdatabases (Transact-SQL)"): a row per database of sys.databases with
 * its primary file (sys.master_files, file 1) and the documented status bits of the options
 * sys.databases shows: status 1 autoclose, 4 BULK_LOGGED ("select into/bulkcopy"), 8 SIMPLE
 * ("trunc. log on chkpt"), 16 TORN_PAGE_DETECTION, 1024 read only, 65536 CHECKSUM, 4194304
 * autoshrink; status2 65536 concat null yields null, 131072 recursive triggers, 8388608 quoted
 * identifier, 67108864 ANSI nulls, 268435456 ANSI warnings. Quern keeps neither a database's
 * creator nor its creation date: sid and crdate are NULL, as are reserved and the internal
 * version; mode and category (no replication) are 0.
 */
final class SysDatabasesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", true), smallint("dbid", true), varbinary("sid", 85, true), smallint("mode", true),
          integer("status", true), integer("status2", true), datetime("crdate", true), datetime("reserved", true),
          integer("category", true), tinyint("cmptlevel", false), nvarchar("filename", 260, true),
          smallint("version", true));

  @Override
  public String name() {
    return "sysdatabases";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Map<Integer, Object> files = new HashMap<>();
    for (ViewRows.Row f : ViewRows.of("master_files", session)) {
      if (f.integer("file_id") == 1) {
        files.put(f.integer("database_id"), f.get("physical_name"));
      }
    }
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row d : ViewRows.of("databases", session)) {
      out.add(new Object[] {d.get("name"), d.get("database_id"), null, 0, status(d), status2(d), null, null, 0,
        d.get("compatibility_level"), files.get(d.integer("database_id")), null});
    }
    return out;
  }

  private static int status(ViewRows.Row d) {
    String recovery = (String) d.get("recovery_model_desc");
    String pageVerify = (String) d.get("page_verify_option_desc");
    return (d.bit("is_auto_close_on") ? 1 : 0) | ("BULK_LOGGED".equals(recovery) ? 4 : 0)
        | ("SIMPLE".equals(recovery) ? 8 : 0) | ("TORN_PAGE_DETECTION".equals(pageVerify) ? 16 : 0)
        | (d.bit("is_read_only") ? 1024 : 0) | ("CHECKSUM".equals(pageVerify) ? 65536 : 0)
        | (d.bit("is_auto_shrink_on") ? 4194304 : 0);
  }

  private static int status2(ViewRows.Row d) {
    return (d.bit("is_concat_null_yields_null_on") ? 65536 : 0) | (d.bit("is_recursive_triggers_on") ? 131072 : 0)
        | (d.bit("is_quoted_identifier_on") ? 8388608 : 0) | (d.bit("is_ansi_nulls_on") ? 67108864 : 0)
        | (d.bit("is_ansi_warnings_on") ? 268435456 : 0);
  }
}
