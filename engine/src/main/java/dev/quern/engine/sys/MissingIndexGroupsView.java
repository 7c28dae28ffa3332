package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.MissingIndexes;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_db_missing_index_groups ("sys.dm_db_missing_index_groups (Transact-SQL)"): which missing
 * index each group holds. As in SQL Server, a group holds one index.
 */
final class MissingIndexGroupsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(integer("index_group_handle", false), integer("index_handle", false));

  @Override
  public String name() {
    return "dm_db_missing_index_groups";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (MissingIndexes.Entry e : MissingIndexRows.live(session)) {
      out.add(new Object[] {e.groupHandle(), e.indexHandle()});
    }
    return out;
  }
}
