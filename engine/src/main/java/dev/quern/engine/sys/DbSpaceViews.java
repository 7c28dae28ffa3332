package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.smallint;

import dev.quern.catalog.kv.KvSpace;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;
import java.util.List;

/**
 * The current database's log and data file space, from its store. Every database but tempdb
 * shares one store, so they show the same numbers, as DBCC SQLPERF(LOGSPACE) does for their log.
 *
 * <p>sys.dm_db_log_space_usage: the log is the store's write-ahead log files; the store deletes a
 * log file once what it holds is in the table files, so what is on disk is all in use, as DBCC
 * SQLPERF(LOGSPACE) answers (100 percent, 0 for an empty log). Quern has no log backups, so all
 * of it is log space since the last one.
 *
 * <p>sys.dm_db_file_space_usage: one row for the ROWS file (file_id 1, PRIMARY), as
 * sys.database_files has it. total_page_count is the store's table files and its writes still in
 * memory (a memtable is flushed to a file as it fills), in 8 KB pages rounded up to whole 8-page
 * extents as SQL Server counts; allocated_extent_page_count is what of it holds current data
 * (RocksDB's estimate-live-data-size, plus the memtables); the rest, deleted and overwritten data
 * a compaction (DBCC SHRINKDATABASE) would reclaim, is unallocated. All allocated pages are user
 * objects' (tables, indexes, #temp tables, table variables): Quern keeps no version store (old
 * row versions live in the same files), no mixed extents, and does not track pages changed since
 * the last full backup, so those counts are 0, as are the internal objects' (its sorts and hashes
 * do not spill to tempdb's store).
 */
final class DbSpaceViews {
  private static final long EXTENT_PAGES = 8;

  private DbSpaceViews() {}

  static SystemView logSpace() {
    return new DerivedView("dm_db_log_space_usage",
        List.of(smallint("database_id", false), bigint("total_log_size_in_bytes", false),
            bigint("used_log_space_in_bytes", false),
            new ResultColumn("used_log_space_in_percent", SqlTypes.REAL, false),
            bigint("log_space_in_bytes_since_last_backup", false)),
        s -> {
          long bytes = s.store().storage().logBytes(s.databaseId());
          return List.<Object[]>of(new Object[] {s.databaseId(), bytes, bytes, bytes == 0 ? 0f : 100f, bytes});
        });
  }

  static SystemView fileSpace() {
    return new DerivedView("dm_db_file_space_usage",
        List.of(smallint("database_id", false), smallint("file_id", false), smallint("filegroup_id", false),
            bigint("total_page_count", false), bigint("allocated_extent_page_count", false),
            bigint("unallocated_extent_page_count", false), bigint("version_store_reserved_page_count", false),
            bigint("user_object_reserved_page_count", false), bigint("internal_object_reserved_page_count", false),
            bigint("mixed_extent_page_count", false), bigint("modified_extent_page_count", false)),
        DbSpaceViews::fileRows);
  }

  private static List<Object[]> fileRows(SessionState s) {
    KvSpace space = s.store().storage().space(s.databaseId());
    long total = extentPages(space.fileBytes() + space.memtableBytes());
    long allocated = Math.min(total, extentPages(space.liveDataBytes() + space.memtableBytes()));
    return List.<Object[]>of(new Object[] {
      s.databaseId(), 1, DataSpacesView.PRIMARY, total, allocated, total - allocated, 0L, allocated, 0L, 0L, 0L
    });
  }

  /** {@code bytes} in 8 KB pages, rounded up to whole extents of 8 pages. */
  static long extentPages(long bytes) {
    long pages = Storage.pages(bytes);
    return (pages + EXTENT_PAGES - 1) / EXTENT_PAGES * EXTENT_PAGES;
  }
}
