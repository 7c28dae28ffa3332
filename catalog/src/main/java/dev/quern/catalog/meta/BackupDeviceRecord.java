package dev.quern.catalog.meta;

/**
 * A logical backup device (sp_addumpdevice, sys.backup_devices): its name, type (2 disk, 5 tape)
 * and the physical path (or tape) BACKUP and RESTORE use when they name it.
 */
public record BackupDeviceRecord(String name, int type, String physicalName) {
  public static final int DISK = 2;
  public static final int TAPE = 5;
}
