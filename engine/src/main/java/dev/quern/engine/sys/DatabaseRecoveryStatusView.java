package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.uniqueidentifier;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * sys.database_recovery_status ("sys.database_recovery_status (Transact-SQL)"): a row per online
 * database. last_log_backup_lsn is the LastLSN of the database's latest log backup (its
 * transaction log's {@code LogState}), NULL while its log was never backed up; a database has one
 * recovery fork from its creation (fork_point_lsn NULL). The GUIDs are stable per database name.
 */
final class DatabaseRecoveryStatusView {
  private static final SqlType LSN = new SqlType(TypeId.NUMERIC, 0, 25, 0);

  private static final List<ResultColumn> COLUMNS = List.of(
      integer("database_id", false), uniqueidentifier("database_guid", true), uniqueidentifier("family_guid", true),
      new ResultColumn("last_log_backup_lsn", LSN, true), uniqueidentifier("recovery_fork_guid", true),
      uniqueidentifier("first_recovery_fork_guid", true), new ResultColumn("fork_point_lsn", LSN, true));

  private DatabaseRecoveryStatusView() {}

  static SystemView view() {
    return new DerivedView("database_recovery_status", COLUMNS, DatabaseRecoveryStatusView::rows);
  }

  private static List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (ViewRows.Row d : ViewRows.of("databases", session)) {
      String name = (String) d.get("name");
      UUID guid = guid("database:" + name);
      UUID fork = guid("fork:" + name);
      int id = ((Number) d.get("database_id")).intValue();
      long last = session.store().storage().catalog(id).log().state(id).lastLogBackupLsn();
      rows.add(new Object[] {d.get("database_id"), guid, guid, last == 0 ? null : java.math.BigDecimal.valueOf(last),
          fork, fork, null});
    }
    return rows;
  }

  private static UUID guid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
  }
}
