package dev.quern.catalog.meta;

/**
 * One backup set written by BACKUP DATABASE, as msdb.dbo.backupset and msdb.dbo.backupmediafamily
 * show it: kept in the main store's backup history ({@link CatalogBackupHistory}).
 *
 * @param id backup_set_id (and media_set_id: one device per media set)
 * @param type 'D' (full database backup, the only kind Quern takes)
 * @param position the backup set's position in its file (RESTORE … WITH FILE = position)
 * @param size backup_size in bytes (the backup set's bytes in the file)
 * @param firstLsn first_lsn (and checkpoint_lsn, database_backup_lsn): see the backup file format
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
    String serverName) {}
