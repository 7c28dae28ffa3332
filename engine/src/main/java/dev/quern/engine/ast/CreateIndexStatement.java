package dev.quern.engine.ast;

import java.util.List;

/**
 * CREATE [UNIQUE] [CLUSTERED|NONCLUSTERED] INDEX name ON table (keys) [INCLUDE (columns)]
 * [WHERE filter] [WITH (DROP_EXISTING = ON, IGNORE_DUP_KEY = ON, …)]; {@code dropExisting}: the
 * index replaces the one of that name; {@code ignoreDupKey}: INSERT drops rows duplicating its key;
 * {@code options}: the relational options (FILLFACTOR, PAD_INDEX, …) recorded with it; {@code
 * columnstore}: what CREATE [CLUSTERED | NONCLUSTERED] COLUMNSTORE INDEX wrote (null: a rowstore
 * index).
 */
public record CreateIndexStatement(
    int line, boolean unique, boolean clustered, String name, List<String> table,
    List<TableConstraintDefinition.KeyColumn> keys, List<String> includes, Expr filter, boolean dropExisting,
    boolean ignoreDupKey, PartitionPlacement placement, IndexOptionSettings options, ColumnstoreSpec columnstore)
    implements StorageStatement {
  /** A rowstore index. */
  public CreateIndexStatement(
      int line, boolean unique, boolean clustered, String name, List<String> table,
      List<TableConstraintDefinition.KeyColumn> keys, List<String> includes, Expr filter, boolean dropExisting,
      boolean ignoreDupKey, PartitionPlacement placement, IndexOptionSettings options) {
    this(line, unique, clustered, name, table, keys, includes, filter, dropExisting, ignoreDupKey, placement, options,
        null);
  }

  /** An index with no relational option written. */
  public CreateIndexStatement(
      int line, boolean unique, boolean clustered, String name, List<String> table,
      List<TableConstraintDefinition.KeyColumn> keys, List<String> includes, Expr filter, boolean dropExisting,
      boolean ignoreDupKey, PartitionPlacement placement) {
    this(line, unique, clustered, name, table, keys, includes, filter, dropExisting, ignoreDupKey, placement,
        IndexOptionSettings.NONE);
  }

  public CreateIndexStatement {
    options = options == null ? IndexOptionSettings.NONE : options;
    table = List.copyOf(table);
    keys = List.copyOf(keys);
    includes = List.copyOf(includes);
  }

  /** An index without an ON clause. */
  public CreateIndexStatement(
      int line, boolean unique, boolean clustered, String name, List<String> table,
      List<TableConstraintDefinition.KeyColumn> keys, List<String> includes, Expr filter, boolean dropExisting,
      boolean ignoreDupKey) {
    this(line, unique, clustered, name, table, keys, includes, filter, dropExisting, ignoreDupKey, null);
  }

  /** Whether this is CREATE … COLUMNSTORE INDEX. */
  public boolean isColumnstore() {
    return columnstore != null;
  }

  @Override
  public String toSql() {
    if (columnstore != null) {
      return columnstoreSql();
    }
    return "CREATE " + (unique ? "UNIQUE " : "") + (clustered ? "CLUSTERED" : "NONCLUSTERED") + " INDEX "
        + Names.quote(name) + " ON " + Names.quoteAll(table) + " ("
        + String.join(", ", keys.stream().map(k -> Names.quote(k.name()) + (k.descending() ? " DESC" : "")).toList())
        + ")"
        + (includes.isEmpty() ? "" : " INCLUDE (" + String.join(", ", includes.stream().map(Names::quote).toList()) + ")")
        + (filter == null ? "" : " WHERE " + filter.toSql())
        + (dropExisting || ignoreDupKey ? " WITH (" + (dropExisting ? "DROP_EXISTING = ON" : "")
            + (dropExisting && ignoreDupKey ? ", " : "") + (ignoreDupKey ? "IGNORE_DUP_KEY = ON" : "") + ")" : "")
        + PartitionPlacement.toSql(placement);
  }

  private String columnstoreSql() {
    return "CREATE " + (unique ? "UNIQUE " : "") + (clustered ? "CLUSTERED" : "NONCLUSTERED") + " COLUMNSTORE INDEX "
        + Names.quote(name) + " ON " + Names.quoteAll(table)
        + (keys.isEmpty() ? "" : " (" + String.join(", ", keys.stream().map(k -> Names.quote(k.name())).toList()) + ")")
        + columnstore.toSql()
        + (filter == null ? "" : " WHERE " + filter.toSql())
        + options.toSql()
        + PartitionPlacement.toSql(placement);
  }
}
