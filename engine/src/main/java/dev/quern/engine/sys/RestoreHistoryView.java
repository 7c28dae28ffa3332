package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.RestoreRecord;
import dev.quern.engine.session.SessionState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * msdb.dbo.restorehistory ("restorehistory (Transact-SQL)"): one row per RESTORE DATABASE, as
 * {@link dev.quern.catalog.meta.CatalogRestoreHistory} records them. Quern restores whole
 * databases from one device, with recovery and no point in time: restore_type D, device_count 1,
 * restart 0, stop_at and the mark NULL.
 */
final class RestoreHistoryView {
  private RestoreHistoryView() {}

  static SystemView view() {
    return new DerivedView("restorehistory", List.of(integer("restore_history_id", false),
        datetime("restore_date", true), nvarchar("destination_database_name", 128, true),
        nvarchar("user_name", 128, true), integer("backup_set_id", false), character("restore_type", 1, true),
        bit("replace", true), bit("recovery", true), bit("restart", true), datetime("stop_at", true),
        tinyint("device_count", true), nvarchar("stop_at_mark_name", 128, true), bit("stop_before", true)),
        RestoreHistoryView::rows);
  }

  private static List<Object[]> rows(SessionState session) {
    Catalog main = session.store().storage().main();
    List<Object[]> rows = new ArrayList<>();
    try (KvTxn t = main.store().beginReadOnly()) {
      for (RestoreRecord r : main.restores().all(t)) {
        LocalDateTime at = LocalDateTime.ofInstant(Instant.ofEpochMilli(r.restoreMillis()), ZoneId.systemDefault());
        rows.add(new Object[] {
          r.id(), at, r.destinationDatabase(), r.userName(), r.backupSetId(), String.valueOf(r.type()), r.replace(),
          r.recovery(), false, null, 1, null, null
        });
      }
    }
    return rows;
  }
}
