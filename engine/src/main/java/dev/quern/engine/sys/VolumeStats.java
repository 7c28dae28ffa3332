package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * sys.dm_os_volume_stats(database_id, file_id) ("sys.dm_os_volume_stats"): the file system holding
 * a database file (1 ROWS, 2 LOG, as sys.master_files lists them: both live in the directory of the
 * database's store), one row, none for a database or file that does not exist or a NULL argument.
 *
 * <p>Decided: SQL Server on Linux leaves the volume's names NULL; Quern gives the mount point, the
 * device as logical_volume_name and the file system's type (ext4, xfs, overlay …), since the
 * disk-space queries DBAs run group by volume_mount_point. What Linux cannot say (an OS volume id,
 * compression, alternate streams, sparse files, seek penalty) is NULL, as SQL Server on Linux
 * returns it.
 */
final class VolumeStats implements SystemFunction {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("database_id", false), integer("file_id", false), nvarchar("volume_mount_point", 512, true),
          nvarchar("volume_id", 512, true), nvarchar("logical_volume_name", 512, true),
          nvarchar("file_system_type", 512, true), bigint("total_bytes", false), bigint("available_bytes", false),
          tinyint("supports_compression", true), tinyint("supports_alternate_streams", true),
          tinyint("supports_sparse_files", true), tinyint("is_read_only", false), tinyint("is_compressed", true),
          tinyint("incurs_seek_penalty", true));

  @Override
  public String name() {
    return "dm_os_volume_stats";
  }

  @Override
  public List<SqlType> parameters() {
    return List.of(SqlTypes.INT, SqlTypes.INT);
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Rows rows(SessionState session, Object[] args) {
    if (!(args[0] instanceof Integer databaseId) || !(args[1] instanceof Integer fileId)
        || fileId != 1 && fileId != 2 || session.server().databases().byId(databaseId).isEmpty()) {
      return Rows.of(List.of());
    }
    Path directory = session.store().storage().directory(databaseId);
    try {
      FileStore store = Files.getFileStore(directory);
      return Rows.of(List.<Object[]>of(new Object[] {
        databaseId, fileId, mountPoint(store, directory), null, store.name(), store.type(),
        store.getTotalSpace(), store.getUsableSpace(), null, null, null, store.isReadOnly() ? 1 : 0, null, null
      }));
    } catch (IOException e) {
      return Rows.of(List.of()); // the directory went away under the query: no volume to describe
    }
  }

  /**
   * The mount point, with the trailing slash SQL Server's mount points have. The JDK names a Unix
   * file store "mount point (device)"; the directory's root stands in when it does not.
   */
  private static String mountPoint(FileStore store, Path directory) {
    String text = store.toString();
    int open = text.lastIndexOf(" (");
    String mount = open > 0 ? text.substring(0, open) : directory.toAbsolutePath().getRoot().toString();
    return mount.endsWith("/") ? mount : mount + "/";
  }
}
