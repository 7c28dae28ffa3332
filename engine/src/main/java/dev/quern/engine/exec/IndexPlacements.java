package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.meta.PartitionScheme;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TablePartitioning.Placement;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.PartitionPlacement;
import dev.quern.engine.error.PartitionErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;

/**
 * Resolves the {@code ON} clause of a table, key or index to where it is stored, as SQL Server
 * does ("Partitioned tables and indexes"): a partition scheme of the table's database and one of
 * the table's columns (1921 for a scheme that is none, 1911 for a column, 7724 for a computed
 * column not persisted), of exactly the function's parameter type (7726) and collation (7727). An
 * index written with no clause is aligned with the table (the heap or clustered index), and a
 * unique one must then have the partitioning column in its key (1908). Null is the PRIMARY filegroup.
 */
final class IndexPlacements {
  private final Catalog catalog;
  private final Metadata metadata;
  private final int databaseId;

  IndexPlacements(Catalog catalog, Metadata metadata, int databaseId) {
    this.catalog = catalog;
    this.metadata = metadata;
    this.databaseId = databaseId;
  }

  /**
   * Where {@code index} of {@code table} goes: {@code written} when there is a clause, else
   * {@code aligned} (the table's placement, null when it is not partitioned).
   */
  Placement resolve(Table table, Index index, PartitionPlacement written, Placement aligned) {
    Placement p = written == null ? aligned : written.partitioned() ? placement(table, written) : null;
    if (p != null && index.unique()) {
      boolean inKey = index.keys().stream().mapToInt(IndexColumn::columnId).anyMatch(id -> id == p.columnId());
      if (!inKey) {
        throw PartitionErrors.NOT_IN_UNIQUE_KEY.raise(table.columnById(p.columnId()).name(), index.name());
      }
    }
    return p;
  }

  /** The placement of the table's rows (its heap or clustered index), null when not partitioned. */
  Placement ofRows(Table table) {
    return metadata.partitions().table(table.id())
        .flatMap(t -> t.of(table.rowIndex().indexId())).orElse(null);
  }

  private Placement placement(Table table, PartitionPlacement written) {
    PartitionScheme scheme = metadata.partitions().scheme(databaseId, written.scheme())
        .orElseThrow(() -> PartitionErrors.INVALID_SCHEME.raise(written.scheme()));
    Column column = table.column(written.column())
        .orElseThrow(() -> PartitionErrors.COLUMN_MISSING.raise(written.column()));
    if (column.computed() != null && !column.computed().persisted()) {
      throw PartitionErrors.COMPUTED_NOT_PERSISTED.raise(column.name(), table.name());
    }
    PartitionFunction f = metadata.partitions().function(databaseId, scheme.functionId()).orElseThrow();
    if (!column.type().equals(f.parameterType())) {
      throw PartitionErrors.COLUMN_TYPE_MISMATCH.raise(
          column.name(), SqlTypes.sqlName(column.type()), f.name(), SqlTypes.sqlName(f.parameterType()));
    }
    if (f.collation() != null && !sameCollation(column, f)) {
      throw PartitionErrors.COLLATION_MISMATCH.raise(column.name(), f.name());
    }
    return new Placement(0, scheme.dataSpaceId(), column.columnId());
  }

  private boolean sameCollation(Column column, PartitionFunction f) {
    String c = column.collation() == null ? f.collation() : column.collation();
    return c.equalsIgnoreCase(f.collation());
  }

  /**
   * 5074 then 4922: {@code column} partitions an index (or the heap) of the table, which {@code
   * statement} would drop or change; SQL Server asks for the index to go on another scheme first.
   */
  static void checkNotPartitioning(SessionState state, ResolvedTable t, Column column, String statement) {
    var placed = state.store().metadata(t.catalog()).partitions().table(t.table().id());
    for (Index i : t.table().indexes()) {
      boolean partitions = placed.flatMap(p -> p.of(i.indexId())).map(p -> p.columnId() == column.columnId())
          .orElse(false);
      if (partitions) {
        throw dev.quern.engine.error.SqlErrors.COLUMN_ACCESSED.raise(statement, column.name())
            .precededBy(dev.quern.engine.error.SqlErrors.COLUMN_DEPENDENCY.raise(
                i.name() == null ? t.table().name() : i.name(), column.name()));
      }
    }
  }

  /** Records where index {@code indexId} of table {@code tableId} is ({@code p} null: PRIMARY). */
  void record(dev.quern.catalog.kv.KvTxn txn, int tableId, int indexId, Placement p) {
    catalog.partitions().place(txn, tableId, indexId, p == null ? null : new Placement(indexId, p.schemeId(), p.columnId()));
  }
}
