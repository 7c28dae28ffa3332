package dev.quern.engine.proc.catalog;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.sys.SystemView;
import dev.quern.engine.sys.SystemViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_helpdb [[@dbname =] 'name']} ("sp_helpdb (Transact-SQL)"): a row per database (or the
 * one named, then its files), built from what sys.databases and sys.master_files show, so the
 * three always agree. db_size is the database's files in MB as sys.master_files sizes them (a
 * database's ROWS file is measured only when it is the current one). The owner is sa, the login
 * dbo maps to; created is NULL, as Quern keeps no database creation date. 15010 for a database
 * that does not exist.
 */
public final class HelpDbProcedure implements SystemProcedure {
  /** SQL Server 2022's database version, as DATABASEPROPERTYEX(name, 'Version') gives it. */
  private static final SqlType SIZE = SqlType.ofLength(TypeId.NVARCHAR, 18);
  private static final List<ResultColumn> DATABASES =
      List.of(
          new ResultColumn("name", SqlTypes.SYSNAME, true),
          new ResultColumn("db_size", SqlType.ofLength(TypeId.NVARCHAR, 13), true),
          new ResultColumn("owner", SqlTypes.SYSNAME, true),
          new ResultColumn("dbid", SqlTypes.SMALLINT, true),
          new ResultColumn("created", SqlType.ofLength(TypeId.NVARCHAR, 11), true),
          new ResultColumn("status", SqlType.ofLength(TypeId.NVARCHAR, 600), true),
          new ResultColumn("compatibility_level", SqlTypes.TINYINT, true));
  private static final List<ResultColumn> FILES =
      List.of(
          new ResultColumn("name", SqlType.ofLength(TypeId.NCHAR, 128), true),
          new ResultColumn("fileid", SqlTypes.SMALLINT, true),
          new ResultColumn("filename", SqlType.ofLength(TypeId.NCHAR, 260), true),
          new ResultColumn("filegroup", SqlType.ofLength(TypeId.NVARCHAR, 128), true),
          new ResultColumn("size", SIZE, true),
          new ResultColumn("maxsize", SIZE, true),
          new ResultColumn("growth", SIZE, true),
          new ResultColumn("usage", SqlType.ofLength(TypeId.VARCHAR, 9), true));

  @Override
  public String name() {
    return "sp_helpdb";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    String dbname = CatalogArguments.bind(args, List.of("@dbname"), name()).string(0);
    SessionState state = host.state();
    Rows databases = Rows.of(state, "databases");
    Rows files = Rows.of(state, "master_files");
    List<Object[]> out = new ArrayList<>();
    Object[] named = null;
    for (Object[] d : databases.rows()) {
      String name = (String) databases.get(d, "name");
      if (dbname == null || name.equalsIgnoreCase(dbname)) {
        out.add(row(databases, d, files));
        named = d;
      }
    }
    if (dbname != null && named == null) {
      throw SqlErrors.DATABASE_NOT_FOUND_HELP.raise(dbname);
    }
    HelpProcedure.result(host.sink(), DATABASES, out);
    if (dbname != null) {
      HelpProcedure.result(host.sink(), FILES, files(files, (Integer) databases.get(named, "database_id")));
    }
    return 0;
  }

  /** A system view's rows and its column names, read by name. */
  private record Rows(SystemView view, List<Object[]> rows) {
    static Rows of(SessionState state, String view) {
      SystemView v = SystemViews.lookup(List.of("sys", view)).orElseThrow();
      return new Rows(v, v.rows(state));
    }

    Object get(Object[] row, String column) {
      for (int i = 0; i < view.columns().size(); i++) {
        if (view.columns().get(i).name().equals(column)) {
          return row[i];
        }
      }
      throw new IllegalArgumentException(column);
    }
  }

  private static Object[] row(Rows databases, Object[] d, Rows files) {
    int id = (Integer) databases.get(d, "database_id");
    long pages = 0;
    for (Object[] f : files.rows()) {
      if ((Integer) files.get(f, "database_id") == id) {
        pages += (Integer) files.get(f, "size");
      }
    }
    // str(size, 10, 2) + ' MB' in SQL Server's own procedure: right-aligned in ten characters.
    String size = String.format(Locale.ROOT, "%10.2f MB", pages * 8 / 1024.0);
    return new Object[] {
      databases.get(d, "name"), size, "sa", id, null, status(databases, d),
      ((Number) databases.get(d, "compatibility_level")).intValue()
    };
  }

  /** DATABASEPROPERTYEX's values as sp_helpdb lists them; boolean options only when on. */
  private static String status(Rows databases, Object[] d) {
    String collation = (String) databases.get(d, "collation_name");
    StringBuilder sb = new StringBuilder()
        .append("Status=").append(databases.get(d, "state_desc"))
        .append(", Updateability=").append(Boolean.TRUE.equals(databases.get(d, "is_read_only")) ? "READ_ONLY" : "READ_WRITE")
        .append(", UserAccess=").append(databases.get(d, "user_access_desc"))
        .append(", Recovery=").append(databases.get(d, "recovery_model_desc"))
        .append(", Version=").append(dev.quern.engine.func.ServerVersion.DATABASE_VERSION)
        .append(", Collation=").append(collation)
        // The SQL sort order (52 for SQL_Latin1_General_CP1_CI_AS); Windows collations have none (0).
        .append(", SQLSortOrder=").append(dev.quern.catalog.value.SupportedCollations.ofStored(collation).sortId());
    flag(sb, databases, d, "is_auto_close_on", "IsAutoClose");
    flag(sb, databases, d, "is_auto_shrink_on", "IsAutoShrink");
    flag(sb, databases, d, "is_auto_create_stats_on", "IsAutoCreateStatistics");
    flag(sb, databases, d, "is_auto_update_stats_on", "IsAutoUpdateStatistics");
    flag(sb, databases, d, "is_ansi_nulls_on", "IsAnsiNullsEnabled");
    flag(sb, databases, d, "is_recursive_triggers_on", "IsRecursiveTriggersEnabled");
    return sb.toString();
  }

  private static void flag(StringBuilder sb, Rows databases, Object[] d, String column, String name) {
    if (Boolean.TRUE.equals(databases.get(d, column))) {
      sb.append(", ").append(name);
    }
  }

  private static List<Object[]> files(Rows files, int databaseId) {
    List<Object[]> out = new ArrayList<>();
    for (Object[] f : files.rows()) {
      if ((Integer) files.get(f, "database_id") != databaseId) {
        continue;
      }
      boolean rows = "ROWS".equals(files.get(f, "type_desc"));
      int maxSize = (Integer) files.get(f, "max_size");
      int growth = (Integer) files.get(f, "growth");
      out.add(new Object[] {
        files.get(f, "name"), ((Number) files.get(f, "file_id")).intValue(), files.get(f, "physical_name"),
        rows ? "PRIMARY" : null, kb((Integer) files.get(f, "size")), maxSize == -1 ? "Unlimited" : kb(maxSize),
        Boolean.TRUE.equals(files.get(f, "is_percent_growth")) ? growth + "%" : kb(growth),
        rows ? "data only" : "log only"
      });
    }
    return out;
  }

  private static String kb(long pages) {
    return pages * 8 + " KB";
  }
}
