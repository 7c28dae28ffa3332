package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * sys.column_store_dictionaries ("sys.column_store_dictionaries (Transact-SQL)"): the dictionaries
 * of columnstore segments. Quern keeps a columnstore's values as they are and builds no dictionary
 * (every segment names dictionary -1 in sys.column_store_segments), so the view has no rows.
 */
final class ColumnStoreDictionariesView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      bigint("partition_id", true), bigint("hobt_id", true), integer("column_id", false),
      integer("dictionary_id", false), integer("version", true), integer("type", true), bigint("last_id", true),
      bigint("entry_count", true), bigint("on_disk_size", false));

  @Override
  public String name() {
    return "column_store_dictionaries";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    return List.of();
  }
}
