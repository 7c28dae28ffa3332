package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.partitions ("sys.partitions (Transact-SQL)"): one row per partition of each heap or index,
 * one partition (number 1) when it is not partitioned, else one per partition of its function
 * ({@link TablePartitions}, rows counted per partition). partition_id and hobt_id are the index's
 * key range in the store (unique, and new after a TRUNCATE, as SQL Server's are). rows is counted by reading the
 * table's rows ({@link TableSizes}): exact where SQL Server's is an estimate; every index of a
 * table reports the table's count (filtered indexes included, an approximation). data_compression
 * is the index's DATA_COMPRESSION as last set (recorded only: the store compresses every block
 * itself); xml_compression 0 (OFF).
 */
final class PartitionsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          bigint("partition_id", false), integer("object_id", false), integer("index_id", false),
          integer("partition_number", false), bigint("hobt_id", false), bigint("rows", true),
          smallint("filestream_filegroup_id", false), tinyint("data_compression", false),
          nvarchar("data_compression_desc", 60, true), bit("xml_compression", true),
          new ResultColumn("xml_compression_desc", SqlType.ofLength(TypeId.VARCHAR, 3), true));

  @Override
  public String name() {
    return "partitions";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    dev.quern.catalog.meta.Metadata m = CatalogObjects.metadata(session);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        long rows = TableSizes.of(session, t).rows();
        for (Index i : t.indexes()) {
          long[] counts = TablePartitions.rowCounts(session, m, t, i, rows);
          for (int n = 1; n <= counts.length; n++) {
            long id = TablePartitions.partitionId(i, n);
            out.add(new Object[] {id, t.id(), i.indexId(), n, id, counts[n - 1], 0, i.options().compressionCode(),
                i.options().compression(), false, "OFF"});
          }
        }
      }
    }
    return out;
  }
}
