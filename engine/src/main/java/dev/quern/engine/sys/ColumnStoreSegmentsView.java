package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * sys.column_store_segments ("sys.column_store_segments (Transact-SQL)"): one row per column of
 * each compressed row group of a columnstore index (see {@link ColumnstoreRowGroups}); row_count
 * counts the rows it was compressed with, deleted ones too, and has_nulls, min_data_id and
 * max_data_id describe the rows still there. column_id is the
 * column's place in the index (index_column_id). Quern keeps values as they are, with no
 * dictionary: a string or binary column is STRING_STORE_BY_VALUE_BASED (encoding_type 5), any other
 * VALUE_BASED (1); an integer column's segment gives its smallest and largest value as
 * min_data_id and max_data_id with base_id 0 and magnitude 1 (the values themselves), other types
 * NULL there. primary_dictionary_id and secondary_dictionary_id are -1 (none), and on_disk_size is
 * the bytes of the segment's values as stored.
 */
final class ColumnStoreSegmentsView implements SystemView {
  private static final Set<TypeId> STRINGS = Set.of(
      TypeId.CHAR, TypeId.VARCHAR, TypeId.NCHAR, TypeId.NVARCHAR, TypeId.BINARY, TypeId.VARBINARY);

  private static final List<ResultColumn> COLUMNS = List.of(
      bigint("partition_id", true), bigint("hobt_id", true), integer("column_id", false),
      integer("segment_id", false), integer("version", true), integer("encoding_type", true),
      integer("row_count", true), integer("has_nulls", true), bigint("base_id", true),
      new ResultColumn("magnitude", SqlTypes.FLOAT, true), integer("primary_dictionary_id", true),
      integer("secondary_dictionary_id", true), bigint("min_data_id", true), bigint("max_data_id", true),
      bigint("null_value", true), bigint("on_disk_size", false), integer("collation_id", true),
      varbinary("min_deep_data", 18, true), varbinary("max_deep_data", 18, true));

  @Override
  public String name() {
    return "column_store_segments";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (ColumnstoreRowGroups.RowGroup g : ColumnstoreRowGroups.all(session)) {
      if (!g.compressed()) {
        continue; // a delta store row group keeps rows, not segments
      }
      long partitionId = TablePartitions.partitionId(g.index, g.partition);
      int n = 0;
      for (ColumnstoreRowGroups.Segment s : g.segments) {
        n++;
        boolean integral = s.min != null;
        out.add(new Object[] {partitionId, partitionId, n, g.id, 1,
            STRINGS.contains(s.column.type().id()) ? 5 : 1, (int) g.totalRows(), s.hasNulls ? 1 : 0,
            integral ? 0L : null, integral ? 1.0 : null, -1, -1, s.min, s.max, null, s.bytes, null, null, null});
      }
    }
    return out;
  }
}
