package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.real;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * sys.index_resumable_operations ("sys.index_resumable_operations (Transact-SQL)"): the index
 * builds paused with RESUMABLE = ON. Quern's ALTER INDEX … REBUILD runs to its end in one
 * transaction and never pauses, so there are none; index maintenance scripts read it to resume
 * what an earlier run left.
 */
final class ResumableOperationsView {
  private ResumableOperationsView() {}

  static SystemView view() {
    List<ResultColumn> columns = List.of(
        integer("object_id", false), integer("index_id", false), sysname("name", false), nvarchar("sql_text", -1, true),
        integer("last_max_dop_used", true), integer("partition_number", true), tinyint("state", false),
        nvarchar("state_desc", 60, true), datetime("start_time", false), datetime("last_pause_time", true),
        integer("total_execution_time", false), real("percent_complete", false), bigint("page_count", false));
    return new DerivedView("index_resumable_operations", columns, s -> List.of());
  }
}
