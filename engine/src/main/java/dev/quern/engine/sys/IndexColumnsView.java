package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.index_columns ("sys.index_columns (Transact-SQL)"): one row per key or included column of
 * each index of the current database's tables; heaps have none. Key columns come first
 * (key_ordinal 1, 2 …), included columns after them with key_ordinal 0, all numbered by
 * index_column_id. Tables are not partitioned, so partition_ordinal is 0. A columnstore index has no
 * key: every column it stores is an included column with key_ordinal 0 (a clustered columnstore's
 * are the table's stored columns), and column_store_order_ordinal numbers its ORDER columns.
 */
final class IndexColumnsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), integer("index_id", false), integer("index_column_id", false),
          integer("column_id", false), tinyint("key_ordinal", false), tinyint("partition_ordinal", false),
          bit("is_descending_key", true), bit("is_included_column", true),
          tinyint("column_store_order_ordinal", false));

  @Override
  public String name() {
    return "index_columns";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      Table t = CatalogObjects.indexed(session, e.object());
      if (t != null) {
        for (Index i : t.indexes()) {
          if (i.columnstore()) {
            addColumnstoreRows(e.object().id(), t, i, out);
          } else {
            addRows(e.object().id(), i, out);
          }
        }
      }
    }
    return out;
  }

  private static void addRows(int objectId, Index i, List<Object[]> out) {
    int n = 0;
    for (IndexColumn k : i.keys()) {
      n++;
      out.add(new Object[] {objectId, i.indexId(), n, k.columnId(), n, 0, k.descending(), false, 0});
    }
    for (int columnId : i.includes()) {
      n++;
      out.add(new Object[] {objectId, i.indexId(), n, columnId, 0, 0, false, true, 0});
    }
  }

  private static void addColumnstoreRows(int objectId, Table t, Index i, List<Object[]> out) {
    List<Integer> columns = i.holdsRows()
        ? t.columns().stream().filter(c -> c.computed() == null || c.computed().persisted())
            .map(dev.quern.catalog.meta.Column::columnId).toList()
        : i.includes();
    int n = 0;
    for (int columnId : columns) {
      n++;
      out.add(new Object[] {objectId, i.indexId(), n, columnId, 0, 0, false, true,
          i.options().order().indexOf(columnId) + 1});
    }
  }
}
