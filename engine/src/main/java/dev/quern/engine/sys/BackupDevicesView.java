package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.BackupDeviceRecord;
import dev.quern.catalog.meta.Catalog;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.backup_devices ("sys.backup_devices (Transact-SQL)"): the logical backup devices
 * sp_addumpdevice registered, server-wide (the same rows in every database), by name.
 */
final class BackupDevicesView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      sysname("name", false), tinyint("type", true), nvarchar("type_desc", 60, true),
      nvarchar("physical_name", 260, true));

  @Override
  public String name() {
    return "backup_devices";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Catalog main = session.store().storage().main();
    List<Object[]> rows = new ArrayList<>();
    try (KvTxn t = main.store().beginReadOnly()) {
      for (BackupDeviceRecord d : main.backupDevices().all(t)) {
        rows.add(new Object[] {d.name(), d.type(), d.type() == BackupDeviceRecord.TAPE ? "TAPE" : "DISK",
            d.physicalName()});
      }
    }
    return rows;
  }
}
