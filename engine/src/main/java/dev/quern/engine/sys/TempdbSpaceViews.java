package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;
import dev.quern.engine.store.TableVariables;
import java.util.ArrayList;
import java.util.List;

/**
 * tempdb's space per session and per running task: sys.dm_db_session_space_usage ("…
 * (Transact-SQL)") and sys.dm_db_task_space_usage. Quern's tempdb store knows whose each table is
 * ({@link dev.quern.engine.store.StoreSession#ownsTempTable}) and measures the pages a table takes
 * as sp_spaceused does ({@link TableSpace}); it keeps no allocation history. So a session's row
 * counts the pages its #temp tables take now, which outlive its requests, and a task's row (one per
 * running request, as in sys.dm_os_tasks) the pages its batch's table variables take now, which
 * end with the batch: the two add up to what the session holds in tempdb. Tables are measured in
 * a snapshot of their committed rows, without locks, so the views never wait for the sessions
 * they watch; a table a DDL holds at that moment counts 0. Nothing is counted as
 * deallocated, and internal objects (work tables, sort runs) are 0: sorts and hashes do not spill
 * to tempdb's store. Global ##temp tables belong to no session. Tables another session created in
 * a transaction it has not committed are not seen.
 */
final class TempdbSpaceViews {
  private TempdbSpaceViews() {}

  static SystemView sessions() {
    return new DerivedView("dm_db_session_space_usage",
        List.of(smallint("session_id", false), smallint("database_id", false),
            bigint("user_objects_alloc_page_count", false), bigint("user_objects_dealloc_page_count", false),
            bigint("internal_objects_alloc_page_count", false), bigint("internal_objects_dealloc_page_count", false),
            bigint("user_objects_deferred_dealloc_page_count", false)),
        viewer -> {
          List<Table> temp = tempTables(viewer);
          List<Object[]> rows = new ArrayList<>();
          for (SessionState s : viewer.server().sessions()) {
            long pages = pages(viewer, temp, s, false);
            rows.add(new Object[] {s.spid(), Storage.TEMPDB_ID, pages, 0L, 0L, 0L, 0L});
          }
          return rows;
        });
  }

  static SystemView tasks() {
    return new DerivedView("dm_db_task_space_usage",
        List.of(smallint("session_id", false), integer("request_id", false), integer("exec_context_id", false),
            smallint("database_id", false), bigint("user_objects_alloc_page_count", false),
            bigint("user_objects_dealloc_page_count", false), bigint("internal_objects_alloc_page_count", false),
            bigint("internal_objects_dealloc_page_count", false)),
        viewer -> {
          List<Table> temp = tempTables(viewer);
          List<Object[]> rows = new ArrayList<>();
          for (SessionState s : viewer.server().sessions()) {
            if (s.activity().snapshot() != null) {
              long pages = pages(viewer, temp, s, true);
              rows.add(new Object[] {s.spid(), 0, 0, Storage.TEMPDB_ID, pages, 0L, 0L, 0L});
            }
          }
          return rows;
        });
  }

  /** The pages {@code owner}'s table variables ({@code variables}) or #temp tables take now. */
  private static long pages(SessionState viewer, List<Table> temp, SessionState owner, boolean variables) {
    Catalog catalog = viewer.store().storage().catalog(Storage.TEMPDB_ID);
    long pages = 0;
    for (Table t : temp) {
      if (owner.store().ownsTempTable(t.name()) && TableVariables.isTableVariable(t.name()) == variables) {
        TableSpace space = TableSpace.withoutLocks(catalog, t);
        pages += space == null ? 0 : space.reservedPages();
      }
    }
    return pages;
  }

  /** tempdb's tables as committed now. */
  private static List<Table> tempTables(SessionState viewer) {
    Metadata md = viewer.store().snapshot(viewer.store().storage().catalog(Storage.TEMPDB_ID));
    List<Table> out = new ArrayList<>();
    for (Schema schema : md.schemas(Storage.TEMPDB_ID)) {
      for (SchemaObject o : md.objects(schema.id())) {
        if (o instanceof Table t && t.name().startsWith("#")) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
