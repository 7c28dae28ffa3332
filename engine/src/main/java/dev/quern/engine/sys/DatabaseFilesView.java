package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * sys.database_files (the current database) and sys.master_files (every database): a ROWS file
 * (file_id 1) and a LOG file (file_id 2) per database, as SQL Server's default layout has them.
 * Quern keeps the databases other than tempdb in one store directory, tempdb in another; the
 * physical_name is that directory. size is in 8 KB pages: for ROWS, what the database's tables
 * take ({@link TableSpace}; measured here for the current database, 0 for others, as reading
 * another database's tables is a query of its own); for LOG, the store's write-ahead log files
 * (RocksDB's *.log) as they are on disk now. Files grow without limit (max_size -1) by 10 percent.
 */
final class DatabaseFilesView implements SystemView {
  private final boolean allDatabases;
  private final List<ResultColumn> columns;

  private DatabaseFilesView(boolean allDatabases) {
    this.allDatabases = allDatabases;
    List<ResultColumn> c = new ArrayList<>();
    if (allDatabases) {
      c.add(integer("database_id", false));
    }
    c.addAll(List.of(
        integer("file_id", false), uniqueidentifier("file_guid", true), tinyint("type", false),
        nvarchar("type_desc", 60, true), integer("data_space_id", false), sysname("name", false),
        nvarchar("physical_name", 260, false), tinyint("state", true), nvarchar("state_desc", 60, true),
        integer("size", false), integer("max_size", false), integer("growth", false),
        bit("is_media_read_only", false), bit("is_read_only", false), bit("is_sparse", false),
        bit("is_percent_growth", false), bit("is_name_reserved", false),
        new ResultColumn("differential_base_lsn", DifferentialBase.LSN, true), uniqueidentifier("differential_base_guid", true),
        datetime("differential_base_time", true)));
    this.columns = List.copyOf(c);
  }

  static DatabaseFilesView databaseFiles() {
    return new DatabaseFilesView(false);
  }

  static DatabaseFilesView masterFiles() {
    return new DatabaseFilesView(true);
  }

  @Override
  public String name() {
    return allDatabases ? "master_files" : "database_files";
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    var bases = DifferentialBase.byDatabase(session);
    for (Databases.Database db : session.server().databases().all()) {
      if (allDatabases || db.id() == session.databaseId()) {
        Path dir = session.store().storage().directory(db.id());
        long dataPages = db.id() == session.databaseId() ? dataPages(session) : 0;
        rows.add(row(db, 1, 0, "ROWS", DataSpacesView.PRIMARY, db.name(), dir, dataPages, bases.get(db.name())));
        rows.add(row(db, 2, 1, "LOG", 0, db.name() + "_log", dir,
            dev.quern.engine.store.Storage.pages(session.store().storage().logBytes(db.id())), null));
      }
    }
    return rows;
  }

  private Object[] row(Databases.Database db, int fileId, int type, String typeDesc, int dataSpace, String name,
      Path dir, long pages, DifferentialBase base) {
    List<Object> r = new ArrayList<>();
    if (allDatabases) {
      r.add(db.id());
    }
    // A stable GUID per database file, as SQL Server's does not change either.
    UUID guid = UUID.nameUUIDFromBytes((db.name() + ":" + fileId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    r.addAll(List.of(fileId, guid, type, typeDesc, dataSpace, name, dir.toAbsolutePath().toString(), 0, "ONLINE",
        saturatedInt(pages), -1, 10, false, false, false, true, false));
    r.addAll(base == null ? java.util.Arrays.asList(null, null, null) : base.columns());
    return r.toArray();
  }

  private static long dataPages(SessionState session) {
    long pages = 0;
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        pages += TableSpace.of(session, t).reservedPages();
      }
    }
    return pages;
  }
}
