package dev.quern.engine.backup;

import dev.quern.engine.error.Abort;
import dev.quern.engine.error.ErrorTemplate;
import dev.quern.engine.error.SqlException;

/**
 * The errors and messages of BACKUP and RESTORE, with SQL Server's numbers, severities, states and
 * texts. A failing BACKUP or RESTORE reports its cause, then 3013 "... is terminating abnormally."
 * (the number CATCH and clients see last), as SQL Server does.
 */
public final class BackupErrors {
  private BackupErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text) {
    return new ErrorTemplate(n, sev, st, text, Abort.STATEMENT);
  }

  public static final ErrorTemplate TERMINATING = e(3013, 16, 1, "%s is terminating abnormally.");
  public static final ErrorTemplate NO_SUCH_DEVICE = e(3206, 16, 1, "Backup device '%s' does not exist. To view existing"
      + " backup devices, use the sys.backup_devices catalog view. To create a new backup device use either"
      + " sp_addumpdevice or SQL Server Management Studio.");
  public static final ErrorTemplate CANNOT_OPEN_DEVICE =
      e(3201, 16, 1, "Cannot open backup device '%s'. Operating system error %s.");
  public static final ErrorTemplate OTHER_DATABASE =
      e(3154, 16, 4, "The backup set holds a backup of a database other than the existing '%s' database.");
  public static final ErrorTemplate TAIL_NOT_BACKED_UP = e(3159, 16, 1, "The tail of the log for the database \"%s\""
      + " has not been backed up. Use BACKUP LOG WITH NORECOVERY to back up the log if it contains work that you do"
      + " not want to lose. Use the WITH REPLACE or WITH STOPAT clause of the RESTORE statement to just overwrite"
      + " the contents of the log.");
  public static final ErrorTemplate EXCLUSIVE_ACCESS =
      e(3101, 16, 1, "Exclusive access could not be obtained because the database is in use.");
  public static final ErrorTemplate IN_USE_BY_THIS_SESSION = e(3102, 16, 1, "RESTORE cannot process database '%s'"
      + " because it is in use by this session. It is recommended that the master database be used when performing"
      + " this operation.");
  public static final ErrorTemplate MASTER_SINGLE_USER = e(3108, 16, 1, "To restore the master database, the server"
      + " must be running in single-user mode. For information on starting in single-user mode, see \"How to: Start"
      + " an Instance of SQL Server (sqlservr.exe)\" in Books Online.");
  public static final ErrorTemplate TEMPDB = e(3147, 16, 3, "Backup and restore operations are not allowed on database tempdb.");
  public static final ErrorTemplate IN_TRANSACTION =
      e(3021, 16, 1, "Cannot perform a backup or restore operation within a transaction.");
  public static final ErrorTemplate DAMAGED = e(3189, 16, 1, "Damage to the backup set was detected.");
  public static final ErrorTemplate MALFORMED = e(3241, 16, 0, "The media family on device '%s' is incorrectly"
      + " formed. SQL Server cannot process this media family.");
  public static final ErrorTemplate NO_SUCH_FILE = e(4038, 16, 1, "Cannot find file ID %d on device '%s'.");
  public static final ErrorTemplate MASTER_LOG =
      e(4212, 16, 1, "Cannot back up the log of the master database. Use BACKUP DATABASE instead.");
  public static final ErrorTemplate NO_CURRENT_BACKUP =
      e(4214, 16, 1, "BACKUP LOG cannot be performed because there is no current database backup.");
  public static final ErrorTemplate LOG_NOT_ALLOWED = e(4208, 16, 1, "The statement BACKUP LOG is not allowed while"
      + " the recovery model is SIMPLE. Use BACKUP DATABASE or change the recovery model using ALTER DATABASE.");
  public static final ErrorTemplate NO_DIFFERENTIAL_BASE = e(3035, 16, 1, "Cannot perform a differential backup for"
      + " database \"%s\", because a current database backup does not exist. Perform a full database backup by"
      + " reissuing BACKUP DATABASE, omitting the WITH DIFFERENTIAL option.");
  public static final ErrorTemplate NOTHING_TO_ROLL_FORWARD = e(3117, 16, 1,
      "The log or differential backup cannot be restored because no files are ready to rollforward.");
  public static final ErrorTemplate UNSUPPORTED_OPTION = e(3032, 16, 2, "One or more of the options (%s) are not"
      + " supported for this statement. Review the documentation for supported options.");

  public static final ErrorTemplate RESTORING = new ErrorTemplate(927, 14, 2,
      "Database '%s' cannot be opened. It is in the middle of a restore.", Abort.STATEMENT);
  public static final ErrorTemplate LOG_TOO_RECENT = e(4305, 16, 1, "The log in this backup set begins at LSN %s,"
      + " which is too recent to apply to the database. An earlier log backup that includes LSN %s can be restored.");
  public static final ErrorTemplate LOG_TOO_EARLY = e(4326, 16, 1, "The log in this backup set terminates at LSN %s,"
      + " which is too early to apply to the database. A more recent log backup that includes LSN %s can be restored.");
  public static final ErrorTemplate STOPAT_TOO_EARLY = e(4338, 16, 1, "The STOPAT clause specifies a point too early"
      + " to allow this backup set to be restored. Choose a different stop point or use RESTORE DATABASE WITH RECOVERY"
      + " to recover at the current point.");
  public static final ErrorTemplate WRONG_BACKUP_KIND = e(3135, 16, 2, "The backup set in file '%s' was created by"
      + " %s and cannot be used for this restore operation.");
  public static final ErrorTemplate NOT_RESTORED_FAR_ENOUGH = e(3136, 16, 1, "This differential backup cannot be"
      + " restored because the database has not been restored to the correct earlier state.");
  public static final ErrorTemplate RECOVER_ONLINE = e(3148, 16, 1, "This RESTORE statement is invalid in the"
      + " current context. The 'Recover Data Only' option is only defined for secondary filegroups when the database"
      + " is in an online state.");
  public static final ErrorTemplate BAD_STOPAT =
      e(241, 16, 1, "Conversion failed when converting date and/or time from character string.");
  public static final ErrorTemplate CANNOT_REDO = e(3456, 21, 1, "Could not redo log record %s, for transaction ID"
      + " (0:0), on page (1:0), allocation unit 0, database '%s' (database ID %d). Page: LSN = (0:0:0), allocation"
      + " unit = 0, type = 1. Log: OpCode = 2, context 2, PrevPageLSN: (0:0:0). Restore from a backup of the"
      + " database, or repair the database.");

  public static final ErrorTemplate PROCESSED = info(4035, "Processed %d pages for database '%s', file '%s' on file %d.");
  public static final ErrorTemplate SUCCEEDED =
      info(3014, "%s successfully processed %d pages in %s seconds (%s MB/sec).");
  public static final ErrorTemplate PERCENT = info(3211, "%d percent processed.");
  public static final ErrorTemplate VALID = info(3262, "The backup set on file %d is valid.");
  public static final ErrorTemplate LEFT_RESTORING = info(4322, "This backup set contains records that were logged"
      + " before the designated point in time. The database is being left in the restoring state so that more roll"
      + " forward can be performed.");

  private static ErrorTemplate info(int n, String text) {
    return new ErrorTemplate(n, 10, 1, text, Abort.STATEMENT);
  }

  /** {@code cause} reported, then 3013 for {@code verb} ("BACKUP DATABASE", "RESTORE DATABASE" …). */
  public static SqlException terminating(String verb, SqlException cause) {
    return TERMINATING.raise(verb).precededBy(cause);
  }
}
