package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.IndexOptions;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.CreateIndexStatement;
import dev.quern.engine.error.ColumnstoreErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The definition of a columnstore index from CREATE [CLUSTERED | NONCLUSTERED] COLUMNSTORE INDEX
 * ("CREATE COLUMNSTORE INDEX", "Columnstore indexes: overview"), checked as SQL Server checks it.
 * A clustered columnstore holds the table's rows and names no columns (every stored column is in
 * it); a nonclustered one names its columns, which its entries carry. Quern stores both row by row
 * (see {@link IndexKind}): the index has the catalog, DMV and DDL behaviour of SQL Server's, not
 * its column segments.
 */
final class ColumnstoreIndexDdl {
  /** Types no columnstore holds ("CREATE COLUMNSTORE INDEX", Limitations and restrictions). */
  private static final Set<TypeId> NEVER = Set.of(
      TypeId.TEXT, TypeId.NTEXT, TypeId.IMAGE, TypeId.XML, TypeId.SQL_VARIANT, TypeId.HIERARCHYID, TypeId.GEOMETRY,
      TypeId.GEOGRAPHY, TypeId.JSON, TypeId.VECTOR);

  private ColumnstoreIndexDdl() {}

  /** The statement's own shape, checked before the table is looked at. */
  static void checkShape(CreateIndexStatement s) {
    if (s.unique()) {
      throw ColumnstoreErrors.UNIQUE.raise();
    }
    if (s.clustered() && s.columnstore().keyList()) {
      throw ColumnstoreErrors.KEY_LIST_ON_CLUSTERED.raise();
    }
    if (!s.clustered() && !s.columnstore().keyList()) {
      throw ColumnstoreErrors.KEY_LIST_MISSING.raise();
    }
    if (!s.includes().isEmpty()) {
      throw ColumnstoreErrors.INCLUDED_COLUMNS.raise();
    }
    if (s.columnstore().sorted()) {
      throw ColumnstoreErrors.SORT_ORDER.raise();
    }
    if (!s.clustered() && !s.columnstore().order().isEmpty()) {
      throw ColumnstoreErrors.ORDER_ON_NONCLUSTERED.raise();
    }
    if (s.clustered() && s.filter() != null) {
      throw ColumnstoreErrors.FILTERED.raise();
    }
    String compression = s.options().values().get("DATA_COMPRESSION");
    if (compression != null && !compression.startsWith("COLUMNSTORE")) {
      throw ColumnstoreErrors.ROWSTORE_COMPRESSION.raise();
    }
  }

  /** A rowstore CREATE INDEX: no columnstore compression (10798). */
  static void checkRowstore(CreateIndexStatement s) {
    String compression = s.options().values().get("DATA_COMPRESSION");
    if (compression != null && compression.startsWith("COLUMNSTORE")) {
      throw ColumnstoreErrors.COLUMNSTORE_COMPRESSION.raise();
    }
  }

  /**
   * Refuses a second columnstore on {@code table} (35339) and a clustered columnstore beside a
   * rowstore clustered index it does not replace (35372); {@code replaced}: the index DROP_EXISTING
   * replaces, or null.
   */
  static void checkTable(ResolvedTable t, Table table, CreateIndexStatement s, Index replaced) {
    if (table.indexes().stream().anyMatch(i -> i.columnstore() && !i.equals(replaced))) {
      throw ColumnstoreErrors.MULTIPLE.raise();
    }
    if (s.clustered() && table.rowIndex().kind() == IndexKind.CLUSTERED && !table.rowIndex().equals(replaced)) {
      throw ColumnstoreErrors.SECOND_CLUSTERED.raise("table", t.schemaQualified());
    }
  }

  /** The index {@code s} defines on {@code table}, as index {@code indexId}. */
  static Index define(Table table, CreateIndexStatement s, int indexId) {
    List<Integer> columns = new ArrayList<>();
    if (s.clustered()) {
      for (Column c : table.columns()) {
        if (c.computed() == null || c.computed().persisted()) {
          check(table, c);
        }
      }
    } else {
      for (var k : s.keys()) {
        Column c = table.column(k.name()).orElseThrow(() -> SqlErrors.KEY_COLUMN_MISSING.raise(k.name()));
        if (c.computed() != null) {
          throw ColumnstoreErrors.COMPUTED_COLUMN.raise(c.name(), table.name());
        }
        check(table, c);
        if (c.type().isMax()) {
          // A nonclustered columnstore holds no LOB column; a clustered one does (SQL Server 2017 on).
          throw ColumnstoreErrors.UNSUPPORTED_TYPE.raise(c.name(), c.name());
        }
        if (!columns.contains(c.columnId())) {
          columns.add(c.columnId());
        }
      }
    }
    List<Integer> order = order(table, s.columnstore().order());
    IndexOptions options = s.options().apply(IndexOptions.DEFAULT.withCompression("COLUMNSTORE"));
    options = options.withColumnstore(options.compressionDelay(), order);
    IndexKind kind = s.clustered() ? IndexKind.CLUSTERED_COLUMNSTORE : IndexKind.NONCLUSTERED_COLUMNSTORE;
    return new Index(indexId, s.name(), kind, false, false, false, List.of(), columns, null, 0).withOptions(options);
  }

  /** A column a columnstore stores: of a type it can hold (35343), persisted if computed (35307). */
  private static void check(Table table, Column c) {
    if (c.computed() != null) {
      throw ColumnstoreErrors.COMPUTED_COLUMN.raise(c.name(), table.name());
    }
    checkType(c.name(), c.type(), c.rowversion());
  }

  /** A column of {@code type} a columnstore can hold (35343 otherwise). */
  static void checkType(String column, dev.quern.catalog.type.SqlType type, boolean rowversion) {
    if (NEVER.contains(type.id()) || rowversion) {
      throw ColumnstoreErrors.UNSUPPORTED_TYPE.raise(column, column);
    }
  }

  /** The ORDER columns' ids: each a column of the table (1911), named once (35331). */
  private static List<Integer> order(Table table, List<String> names) {
    List<Integer> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      Column c = table.column(name).orElseThrow(() -> SqlErrors.KEY_COLUMN_MISSING.raise(name));
      if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
        throw ColumnstoreErrors.DUPLICATE_ORDER_COLUMN.raise(c.name());
      }
      check(table, c);
      out.add(c.columnId());
    }
    return out;
  }
}
