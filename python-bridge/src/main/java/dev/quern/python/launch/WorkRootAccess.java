package dev.quern.python.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Satellites that run as another account must traverse every directory above their own. A work
 * root inside a private directory of the server's account (e.g. a 0700 temporary directory) would
 * lock them out, so the server grants search permission (x, not read: nothing can be listed) on
 * the directories it owns along the path, and says so.
 */
final class WorkRootAccess {
  private static final Logger LOG = LoggerFactory.getLogger(WorkRootAccess.class);

  private WorkRootAccess() {}

  /** Adds others' search permission to the server-owned directories from {@code dir} up to /. */
  static void letOthersTraverse(Path dir) throws IOException {
    String me = System.getProperty("user.name");
    for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
      PosixFileAttributes a = Files.readAttributes(d, PosixFileAttributes.class);
      Set<PosixFilePermission> perms = a.permissions();
      if (perms.contains(PosixFilePermission.OTHERS_EXECUTE) || !a.owner().getName().equals(me)) {
        continue;
      }
      Set<PosixFilePermission> more = EnumSet.copyOf(perms);
      more.add(PosixFilePermission.OTHERS_EXECUTE);
      Files.setPosixFilePermissions(d, more);
      LOG.info("granted search (o+x) on {} so that satellite accounts can reach their working directories", d);
    }
  }
}
