package dev.quern.engine.proc.host;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * xp_fixeddrives: the free space of each drive, as {@code drive} (char) and {@code MB free} (int).
 * Quern runs where there are no drive letters: it lists the file systems holding its stores (the
 * databases' and tempdb's directories, one row per file system), each named by the first
 * character of its mount point, {@code /} on Linux, as SQL Server on Linux names its volumes in
 * sys.dm_os_volume_stats. Decided: the mount point's first character, since the column is char(1).
 */
final class FixedDrivesProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("drive", dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.CHAR, 1), true),
      new ResultColumn("MB free", SqlTypes.INT, true));

  @Override
  public String name() {
    return "xp_fixeddrives";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    dev.quern.engine.proc.ExtendedProcedureAccess.requireSysadmin(host, name());
    var storage = host.state().store().storage();
    Map<FileStore, Path> stores = new LinkedHashMap<>();
    for (int db : new int[] {1, dev.quern.engine.store.Storage.TEMPDB_ID}) {
      Path dir = storage.directory(db);
      stores.putIfAbsent(store(dir), dir);
    }
    List<Object[]> rows = new ArrayList<>();
    for (Map.Entry<FileStore, Path> e : stores.entrySet()) {
      String root = e.getValue().toAbsolutePath().getRoot().toString();
      rows.add(new Object[] {root.substring(0, 1), (int) Math.min(Integer.MAX_VALUE, usable(e.getKey()) >> 20)});
    }
    HostProcedures.result(host.sink(), COLUMNS, rows);
    return 0;
  }

  private static FileStore store(Path dir) {
    try {
      return Files.getFileStore(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long usable(FileStore store) {
    try {
      return store.getUsableSpace();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
