package dev.quern.engine.dbcc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.Databases;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DBCC DBINFO [( database | database_id )] [WITH TABLERESULTS]: the database's boot-page facts as
 * SQL Server prints them, one {@code Field = value} per line, or as rows (ParentObject, Object,
 * Field, VALUE) with TABLERESULTS, which health checks (sp_Blitz) read for dbi_dbccLastKnownGood:
 * the end of the last DBCC CHECKDB that found no error, 1900-01-01 00:00:00.000 when there was
 * none. The other fields are the database's id, name, version (957, as DATABASEPROPERTYEX says),
 * creation time and compatibility level. Undocumented, as in SQL Server; sysadmin only (2571).
 */
final class DbInfoCommand implements DbccCommand {
  private static final SqlType TEXT = SqlType.ofLength(TypeId.VARCHAR, 255);
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("ParentObject", TEXT, true), new ResultColumn("Object", TEXT, true),
      new ResultColumn("Field", TEXT, true), new ResultColumn("VALUE", TEXT, true));
  private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final String NEVER = "1900-01-01 00:00:00.000";

  @Override
  public String name() {
    return "DBINFO";
  }

  @Override
  public void run(DbccCall call) {
    if (!call.state().isSysadmin()) {
      throw DbccErrors.NOT_PERMITTED.raise(call.state().loginName(), name());
    }
    if (call.arguments().size() > 1) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    Databases.Database db = CheckArguments.database(call);
    Map<String, String> options = options(call, db.id());
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"dbi_version", String.valueOf(dev.quern.engine.func.ServerVersion.DATABASE_VERSION)});
    fields.add(new String[] {"dbi_createVersion", String.valueOf(dev.quern.engine.func.ServerVersion.DATABASE_VERSION)});
    fields.add(new String[] {"dbi_dbid", String.valueOf(db.id())});
    fields.add(new String[] {"dbi_dbname", db.name()});
    fields.add(new String[] {"dbi_crdate", dateOf(options.get(dev.quern.catalog.meta.Database.CREATE_DATE))});
    fields.add(new String[] {"dbi_cmptlevel", options.getOrDefault("COMPATIBILITY_LEVEL", "160")});
    fields.add(new String[] {"dbi_dbccLastKnownGood", dateOf(options.get(dev.quern.catalog.meta.Database.DBCC_LAST_KNOWN_GOOD))});
    if (call.option("TABLERESULTS")) {
      List<Object[]> rows = new ArrayList<>();
      for (String[] f : fields) {
        rows.add(new Object[] {"DBINFO STRUCTURE:", "DBINFO @0x0000000000000000", f[0], f[1]});
      }
      call.rows(COLUMNS, rows);
      return;
    }
    call.info(0, "");
    call.info(0, "DBINFO STRUCTURE:");
    call.info(0, "");
    for (String[] f : fields) {
      call.info(0, f[0] + " = " + f[1]);
    }
  }

  private static Map<String, String> options(DbccCall call, int databaseId) {
    var catalog = call.state().store().storage().catalog(databaseId);
    return call.state().store().metadata(catalog).database(databaseId)
        .map(dev.quern.catalog.meta.Database::options).orElse(Map.of());
  }

  /** A stored ISO-8601 local time as DBINFO prints times; 1900-01-01 when there is none. */
  private static String dateOf(String stored) {
    return stored == null ? NEVER : LocalDateTime.parse(stored).format(DATETIME);
  }
}
