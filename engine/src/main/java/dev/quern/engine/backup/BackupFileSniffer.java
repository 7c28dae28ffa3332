package dev.quern.engine.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether a file is a backup file, from its first bytes alone: a {@link BackupBlocks#SET_HEADER}
 * block whose payload starts with {@link BackupSetHeader#MAGIC}. xp_delete_file asks before it
 * deletes, so that a cleanup never removes a file BACKUP did not write.
 */
public final class BackupFileSniffer {
  private static final int PREFIX = 1 + 4 + BackupSetHeader.MAGIC.length;

  private BackupFileSniffer() {}

  public static boolean isBackupFile(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(PREFIX);
    } catch (IOException e) {
      return false;
    }
    return head.length == PREFIX && head[0] == BackupBlocks.SET_HEADER
        && Arrays.equals(head, 5, PREFIX, BackupSetHeader.MAGIC, 0, BackupSetHeader.MAGIC.length);
  }
}
