package dev.quern.catalog.meta;

/**
 * One backup set written by BACKUP DATABASE, as msdb.dbo.backupset and msdb.dbo.backupmediafamily
 * show it: kept in the main store's backup history ({@link CatalogBackupHistory}).
 *
 * @param id backup_set_id (and media_set_id: one device per media set)
 * @param type 'D' full database backup, 'I' differential, 'L' transaction log
 * @param position the backup set's position in its file (RESTORE … WITH FILE = position)
 * @param size backup_size in bytes (the backup set's bytes in the file)
 * @param firstLsn first_lsn (sets recorded before Quern kept a log had one LSN: their
 *     checkpoint_lsn and database_backup_lsn are it too)
 * @param checkpointLsn checkpoint_lsn
 * @param databaseBackupLsn database_backup_lsn: the checkpoint of the latest full backup before
 * @param differentialBaseLsn differential_base_lsn: a differential's base (0: none)
 * @param recoveryModel the database's recovery model at the backup
 */
public record BackupSet(
    int id,
    String name,
    String description,
    String databaseName,
    long startMillis,
    long finishMillis,
    char type,
    long size,
    boolean copyOnly,
    int position,
    String deviceName,
    long firstLsn,
    long lastLsn,
    boolean hasChecksums,
    String userName,
    String serverName,
    long checkpointLsn,
    long databaseBackupLsn,
    long differentialBaseLsn,
    String recoveryModel) {}
