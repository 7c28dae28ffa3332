package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.BackupSet;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * msdb.dbo.backupset and msdb.dbo.backupmediafamily: the backup history BACKUP DATABASE records
 * ({@link dev.quern.catalog.meta.CatalogBackupHistory}), with the columns DBAs read for "the last
 * backup" (one media family per media set: media_set_id is the backup_set_id).
 */
public final class BackupHistoryViews implements SystemView {
  private static final SqlType LSN = SqlType.decimal(25, 0);

  private final String name;
  private final List<ResultColumn> columns;
  private final Function<BackupSet, Object[]> row;

  private BackupHistoryViews(String name, List<ResultColumn> columns, Function<BackupSet, Object[]> row) {
    this.name = name;
    this.columns = columns;
    this.row = row;
  }

  static final BackupHistoryViews BACKUPSET = new BackupHistoryViews("backupset", List.of(
      integer("backup_set_id", false), integer("media_set_id", false), smallint("position", true),
      nvarchar("name", 128, true), nvarchar("description", 255, true), nvarchar("user_name", 128, true),
      datetime("backup_start_date", true), datetime("backup_finish_date", true),
      new ResultColumn("type", SqlType.ofLength(dev.quern.catalog.type.TypeId.CHAR, 1), true),
      new ResultColumn("backup_size", SqlType.decimal(20, 0), true), new ResultColumn("first_lsn", LSN, true),
      new ResultColumn("last_lsn", LSN, true), new ResultColumn("checkpoint_lsn", LSN, true),
      new ResultColumn("database_backup_lsn", LSN, true), nvarchar("database_name", 128, true),
      nvarchar("server_name", 128, true), nvarchar("machine_name", 128, true), bit("is_copy_only", true),
      bit("has_backup_checksums", true), nvarchar("recovery_model", 60, true),
      new ResultColumn("compressed_backup_size", SqlType.decimal(20, 0), true),
      // Quern takes no snapshot backups, and a set that fails its checks is never recorded.
      bit("is_snapshot", true), bit("is_damaged", true), new ResultColumn("differential_base_lsn", LSN, true)),
      b -> new Object[] {
        b.id(), b.id(), b.position(), b.name(), b.description(), b.userName(), time(b.startMillis()),
        time(b.finishMillis()), String.valueOf(b.type()), BigDecimal.valueOf(b.size()),
        BigDecimal.valueOf(b.firstLsn()), BigDecimal.valueOf(b.lastLsn()), BigDecimal.valueOf(b.checkpointLsn()),
        b.databaseBackupLsn() == 0 ? null : BigDecimal.valueOf(b.databaseBackupLsn()), b.databaseName(),
        b.serverName(), b.serverName(), b.copyOnly(), b.hasChecksums(),
        b.recoveryModel() == null ? "SIMPLE" : b.recoveryModel(), BigDecimal.valueOf(b.size()), false, false,
        b.differentialBaseLsn() == 0 ? null : BigDecimal.valueOf(b.differentialBaseLsn())});

  static final BackupHistoryViews BACKUPMEDIAFAMILY = new BackupHistoryViews("backupmediafamily", List.of(
      integer("media_set_id", false), tinyint("family_sequence_number", false), uniqueidentifier("media_family_id", true),
      integer("media_count", true), nvarchar("logical_device_name", 128, true),
      nvarchar("physical_device_name", 260, true), tinyint("device_type", true), tinyint("physical_block_size", true),
      bit("mirror", false)),
      b -> new Object[] {
        b.id(), 1, java.util.UUID.nameUUIDFromBytes(("media:" + b.id()).getBytes(
            java.nio.charset.StandardCharsets.UTF_8)), 1, null, b.deviceName(), 2, null, false});

  private static java.time.LocalDateTime time(long millis) {
    return localDatetime(Instant.ofEpochMilli(millis));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Catalog main = session.store().storage().main();
    List<Object[]> rows = new ArrayList<>();
    try (KvTxn t = main.store().beginReadOnly()) {
      for (BackupSet b : main.backups().all(t)) {
        rows.add(row.apply(b));
      }
    }
    return rows;
  }
}
