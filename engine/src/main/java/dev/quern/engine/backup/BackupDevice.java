package dev.quern.engine.backup;

import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A DISK device as written in BACKUP / RESTORE: a path on the server's machine. A relative path
 * resolves against the {@code backup/} directory under the server's data directory (created on
 * first use), as SQL Server resolves one against its default backup directory.
 */
final class BackupDevice {
  private BackupDevice() {}

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
