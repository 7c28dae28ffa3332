package dev.quern.engine.backup;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The result sets of RESTORE HEADERONLY (one row per backup set) and RESTORE FILELISTONLY (the
 * files of one set), with SQL Server's leading columns ("RESTORE Statements - HEADERONLY",
 * "- FILELISTONLY"). What Quern knows is filled; the rest is NULL or 0 (no log chain, no
 * encryption, no pages: Size is the image's bytes, the log file's 0).
 */
final class RestoreInfoResults {
  private static final SqlType LSN = SqlType.decimal(25, 0);
  private static final List<ResultColumn> HEADER = List.of(
      nvarchar("BackupName", 128, true), nvarchar("BackupDescription", 255, true), smallint("BackupType", true),
      datetime("ExpirationDate", true), tinyint("Compressed", true), smallint("Position", true),
      tinyint("DeviceType", true), nvarchar("UserName", 128, true), nvarchar("ServerName", 128, true),
      nvarchar("DatabaseName", 128, true), integer("DatabaseVersion", true), datetime("DatabaseCreationDate", true),
      new ResultColumn("BackupSize", SqlType.decimal(20, 0), true), new ResultColumn("FirstLSN", LSN, true),
      new ResultColumn("LastLSN", LSN, true), new ResultColumn("CheckpointLSN", LSN, true),
      new ResultColumn("DatabaseBackupLSN", LSN, true), datetime("BackupStartDate", true),
      datetime("BackupFinishDate", true), smallint("SortOrder", true), smallint("CodePage", true),
      integer("UnicodeLocaleId", true), integer("UnicodeComparisonStyle", true), tinyint("CompatibilityLevel", true),
      integer("SoftwareVendorId", true), integer("SoftwareVersionMajor", true), integer("SoftwareVersionMinor", true),
      integer("SoftwareVersionBuild", true), nvarchar("MachineName", 128, true), integer("Flags", true),
      uniqueidentifier("BindingID", true), uniqueidentifier("RecoveryForkID", true), nvarchar("Collation", 128, true),
      uniqueidentifier("FamilyGUID", true), bit("HasBulkLoggedData", true), bit("IsSnapshot", true),
      bit("IsReadOnly", true), bit("IsSingleUser", true), bit("HasBackupChecksums", true), bit("IsDamaged", true),
      bit("BeginsLogChain", true), bit("HasIncompleteMetaData", true), bit("IsForceOffline", true),
      bit("IsCopyOnly", true), uniqueidentifier("FirstRecoveryForkID", true), new ResultColumn("ForkPointLSN", LSN, true),
      nvarchar("RecoveryModel", 60, true), new ResultColumn("DifferentialBaseLSN", LSN, true),
      uniqueidentifier("DifferentialBaseGUID", true), nvarchar("BackupTypeDescription", 60, true),
      uniqueidentifier("BackupSetGUID", true), bigint("CompressedBackupSize", true), tinyint("Containment", true));

  private static final List<ResultColumn> FILES = List.of(
      nvarchar("LogicalName", 128, true), nvarchar("PhysicalName", 260, true), new ResultColumn("Type",
      SqlType.ofLength(dev.quern.catalog.type.TypeId.CHAR, 1), true), nvarchar("FileGroupName", 128, true),
      new ResultColumn("Size", SqlType.decimal(20, 0), true), new ResultColumn("MaxSize", SqlType.decimal(20, 0), true),
      bigint("FileId", true), new ResultColumn("CreateLSN", LSN, true), new ResultColumn("DropLSN", LSN, true),
      uniqueidentifier("UniqueId", true), new ResultColumn("ReadOnlyLSN", LSN, true),
      new ResultColumn("ReadWriteLSN", LSN, true), bigint("BackupSizeInBytes", true), integer("SourceBlockSize", true),
      integer("FileGroupId", true), uniqueidentifier("LogGroupGUID", true),
      new ResultColumn("DifferentialBaseLSN", LSN, true), uniqueidentifier("DifferentialBaseGUID", true),
      bit("IsReadOnly", true), bit("IsPresent", true), varbinary("TDEThumbprint", 32, true),
      nvarchar("SnapshotUrl", 360, true));

  private RestoreInfoResults() {}

  static void headers(ResultSink sink, List<BackupSetHeader> sets) {
    sink.columns(HEADER);
    for (BackupSetHeader h : sets) {
      sink.row(header(h));
    }
    sink.done(sets.size(), false);
  }

  private static Object[] header(BackupSetHeader h) {
    BackupLsns l = h.lsns();
    String description = switch (l.type()) {
      case BackupLsns.LOG -> "Transaction Log";
      case BackupLsns.DIFFERENTIAL -> "Database Differential";
      default -> "Database";
    };
    UUID family = UUID.nameUUIDFromBytes((h.databaseName() + ":" + h.databaseId()).getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    return new Object[] {
        h.name(), h.description(), l.type(), null, h.compressed() ? 1 : 0,
        h.position(), 2, h.userName(), h.serverName(), h.databaseName(), dev.quern.engine.func.ServerVersion.DATABASE_VERSION, null,
        BigDecimal.valueOf(h.imageBytes()), BigDecimal.valueOf(l.first()), BigDecimal.valueOf(l.last()),
        BigDecimal.valueOf(l.checkpoint()), BigDecimal.valueOf(l.databaseBackup()), time(h.startMillis()), time(h.finishMillis()),
        52, 0, 1033, 196609, 160, 4608, 16, 0, 0, h.serverName(), 512,
        family, family, h.collation(), family, false, false, false, false, h.checksums(), false, false, false,
        false, h.copyOnly(), family, null, l.type() == BackupLsns.LOG ? "FULL" : "SIMPLE",
        l.differentialBase() == 0 ? null : BigDecimal.valueOf(l.differentialBase()), null, description,
        UUID.nameUUIDFromBytes(Long.toString(l.first()).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        h.setBytes(), 0};
  }

  static void files(ResultSink sink, BackupSetHeader h, Path dataDirectory) {
    sink.columns(FILES);
    String dir = dataDirectory.toAbsolutePath().toString();
    sink.row(file(h.databaseName(), dir, "D", "PRIMARY", h.imageBytes(), 1, 1));
    sink.row(file(h.databaseName() + "_log", dir, "L", null, 0, 2, 0));
    sink.done(2, false);
  }

  private static Object[] file(String name, String dir, String type, String group, long size, int id, int groupId) {
    return new Object[] {name, dir, type, group, BigDecimal.valueOf(size), BigDecimal.valueOf(35184372080640L),
        (long) id, BigDecimal.ZERO, BigDecimal.ZERO,
        UUID.nameUUIDFromBytes((name + ":" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        BigDecimal.ZERO, BigDecimal.ZERO, size, 512, groupId, null, BigDecimal.ZERO, null, false, true, null, null};
  }

  private static java.time.LocalDateTime time(long millis) {
    return localDatetime(Instant.ofEpochMilli(millis));
  }
}
