package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.kv.KvIoStats;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_io_virtual_file_stats(database_id, file_id) ("sys.dm_io_virtual_file_stats"): a row per
 * database file (1 ROWS, 2 LOG, as sys.master_files lists them), NULL for all. The counters are
 * the RocksDB store's since it opened ({@link dev.quern.catalog.rocks.RocksKvStore#ioStats} says
 * which statistics): every database but tempdb lives in one store, so those databases all report
 * that store's counters, not their own. io_stall_*_ms is the time spent in the file calls (SST
 * block reads, SST writes, WAL syncs), io_stall_queued_* 0 (no I/O resource governance), the
 * log's reads 0 (the WAL is read only when the store opens), file_handle zeros (no OS handle is
 * exposed).
 */
final class VirtualFileStats implements SystemFunction {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          smallint("database_id", false), smallint("file_id", false), bigint("sample_ms", false),
          bigint("num_of_reads", false), bigint("num_of_bytes_read", false), bigint("io_stall_read_ms", false),
          bigint("io_stall_queued_read_ms", false), bigint("num_of_writes", false),
          bigint("num_of_bytes_written", false), bigint("io_stall_write_ms", false),
          bigint("io_stall_queued_write_ms", false), bigint("io_stall", false),
          bigint("size_on_disk_bytes", false), varbinary("file_handle", 8, false));

  @Override
  public String name() {
    return "dm_io_virtual_file_stats";
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
    Integer databaseId = (Integer) args[0];
    Integer fileId = (Integer) args[1];
    Storage storage = session.store().storage();
    List<Object[]> out = new ArrayList<>();
    long now = System.currentTimeMillis();
    // Read once per store, so the databases sharing one show the same counters in one result.
    java.util.Map<Boolean, KvIoStats> byStore = new java.util.HashMap<>();
    for (Databases.Database db : session.server().databases().all()) {
      if (databaseId != null && databaseId != db.id()) {
        continue;
      }
      KvIoStats io = byStore.computeIfAbsent(db.id() == Storage.TEMPDB_ID, k -> storage.ioStats(db.id()));
      long sample = now - io.openedAtMillis();
      if (fileId == null || fileId == 1) {
        long readMs = io.dataReadMicros() / 1000;
        long writeMs = io.dataWriteMicros() / 1000;
        out.add(row(db.id(), 1, sample, io.dataReads(), io.dataBytesRead(), readMs, io.dataWrites(),
            io.dataBytesWritten(), writeMs, storage.dataBytes(db.id())));
      }
      if (fileId == null || fileId == 2) {
        out.add(row(db.id(), 2, sample, 0, 0, 0, io.logWrites(), io.logBytesWritten(), io.logWriteMicros() / 1000,
            storage.logBytes(db.id())));
      }
    }
    return Rows.of(out);
  }

  private static Object[] row(int db, int file, long sample, long reads, long bytesRead, long readMs, long writes,
      long bytesWritten, long writeMs, long size) {
    return new Object[] {
      db, file, sample, reads, bytesRead, readMs, 0L, writes, bytesWritten, writeMs, 0L,
      readMs + writeMs, size, new byte[8]
    };
  }
}
