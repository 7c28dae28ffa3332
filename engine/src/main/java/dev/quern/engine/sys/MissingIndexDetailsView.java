package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.MissingIndexes;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_db_missing_index_details ("sys.dm_db_missing_index_details (Transact-SQL)"): each index a
 * query's WHERE lacked since start, every database's, with its equality, inequality and included
 * columns and the table as {@code [database].[schema].[table]} (see {@link MissingIndexRows}).
 */
final class MissingIndexDetailsView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      integer("index_handle", false), smallint("database_id", false), integer("object_id", false),
      nvarchar("equality_columns", 4000, true), nvarchar("inequality_columns", 4000, true),
      nvarchar("included_columns", 4000, true), nvarchar("statement", 4000, true));

  @Override
  public String name() {
    return "dm_db_missing_index_details";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (MissingIndexes.Entry e : MissingIndexRows.live(session)) {
      var k = e.key();
      out.add(new Object[] {
        e.indexHandle(), k.databaseId(), k.objectId(), MissingIndexRows.columns(e.table(), k.equality()),
        MissingIndexRows.columns(e.table(), k.inequality()), MissingIndexRows.columns(e.table(), k.included()),
        MissingIndexRows.statement(session, e)
      });
    }
    return out;
  }
}
