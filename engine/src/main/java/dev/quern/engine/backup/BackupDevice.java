package dev.quern.engine.backup;

import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A DISK device as written in BACKUP / RESTORE: a path on the server's machine. A relative path
 * resolves against the {@code backup/} directory under the server's data directory (created on
 * first use), as SQL Server resolves one against its default backup directory. A logical device
 * (sp_addumpdevice, sys.backup_devices) stands for its physical name; 3206 for one not registered.
 */
final class BackupDevice {
  private BackupDevice() {}

  /** The path BACKUP or RESTORE writes or reads: {@code device} itself, or the logical device's. */
  static String physical(SessionState state, String device, boolean logical) {
    if (!logical) {
      return device;
    }
    var main = state.store().storage().main();
    try (var txn = main.store().beginReadOnly()) {
      return main.backupDevices().named(txn, device)
          .map(dev.quern.catalog.meta.BackupDeviceRecord::physicalName)
          .orElseThrow(() -> BackupErrors.NO_SUCH_DEVICE.raise(device));
    }
  }

  static BackupFile of(SessionState state, String device) {
    Path written = Path.of(device);
    if (written.isAbsolute()) {
      return new BackupFile(written, device);
    }
    Path dir = state.store().storage().backupDirectory();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw BackupErrors.CANNOT_OPEN_DEVICE.raise(device, "5(Access is denied.)");
    }
    return new BackupFile(dir.resolve(written), device);
  }
}
