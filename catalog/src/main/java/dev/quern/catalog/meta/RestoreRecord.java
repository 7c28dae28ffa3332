package dev.quern.catalog.meta;

/**
 * One restore (msdb.dbo.restorehistory): when, into which database, by whom, from which backup
 * set (msdb.dbo.backupset's id), its type (D, a database) and whether it replaced a database and
 * ran recovery.
 */
public record RestoreRecord(
    int id, long restoreMillis, String destinationDatabase, String userName, int backupSetId, char type,
    boolean replace, boolean recovery) {}
