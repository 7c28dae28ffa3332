package dev.quern.engine.dbcc;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.Trigger;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalog part of DBCC CHECKCATALOG (and CHECKDB): every reference one catalog record makes
 * to another must find it. Checked here: a column's alias type; an index's key and included
 * columns; a foreign key's columns, its referenced table and that table's columns; a statistics
 * object's columns; a DML trigger's table or view. Each reference that finds nothing is 3853, worded with
 * the catalog views the records show in, as SQL Server words it. The statements that change the
 * catalog keep these references whole; the check finds what damage or a defect left behind.
 */
final class CatalogCheck {
  private final DbccCall call;
  private final Metadata md;
  private int errors;

  private CatalogCheck(DbccCall call, Metadata md) {
    this.call = call;
    this.md = md;
  }

  /** Checks database {@code databaseId}'s catalog in {@code md}; returns the errors reported. */
  static int run(DbccCall call, Metadata md, int databaseId) {
    CatalogCheck check = new CatalogCheck(call, md);
    for (Schema schema : md.schemas(databaseId)) {
      for (SchemaObject o : md.objects(schema.id())) {
        if (o instanceof Table t) {
          check.table(t);
        } else if (o instanceof Trigger tr && tr.parentClass() == Trigger.OBJECT && md.object(tr.parentId()).isEmpty()) {
          check.missing(String.format(Locale.ROOT, "parent_object_id=%d", tr.parentId()),
              String.format(Locale.ROOT, "object_id=%d", tr.id()), "objects",
              String.format(Locale.ROOT, "object_id=%d", tr.parentId()), "objects");
        }
      }
    }
    return check.errors;
  }

  private void table(Table t) {
    Set<Integer> columns = t.columns().stream().map(Column::columnId).collect(Collectors.toSet());
    for (Column c : t.columns()) {
      if (c.userTypeId() != 0 && md.userType(c.userTypeId()).isEmpty()) {
        missing("user_type_id=" + c.userTypeId(), "object_id=" + t.id() + ",column_id=" + c.columnId(), "columns",
            "user_type_id=" + c.userTypeId(), "types");
      }
    }
    for (Index ix : t.indexes()) {
      int position = 0;
      for (IndexColumn k : ix.keys()) {
        indexColumn(t, ix, ++position, k.columnId(), columns);
      }
      for (int included : ix.includes()) {
        indexColumn(t, ix, ++position, included, columns);
      }
    }
    for (Constraint c : t.constraints()) {
      if (c instanceof Constraint.ForeignKey fk) {
        foreignKey(t, fk, columns);
      }
    }
    for (Statistics s : md.statistics(t.id())) {
      for (int column : s.columnIds()) {
        if (!columns.contains(column)) {
          missing("column_id=" + column, "object_id=" + t.id() + ",stats_id=" + s.statsId() + ",column_id=" + column,
              "stats_columns", "object_id=" + t.id() + ",column_id=" + column, "columns");
        }
      }
    }
  }

  private void indexColumn(Table t, Index ix, int position, int columnId, Set<Integer> columns) {
    if (!columns.contains(columnId)) {
      missing("column_id=" + columnId,
          "object_id=" + t.id() + ",index_id=" + ix.indexId() + ",index_column_id=" + position, "index_columns",
          "object_id=" + t.id() + ",column_id=" + columnId, "columns");
    }
  }

  private void foreignKey(Table t, Constraint.ForeignKey fk, Set<Integer> columns) {
    for (int column : fk.columns()) {
      if (!columns.contains(column)) {
        missing("parent_column_id=" + column, "constraint_object_id=" + fk.objectId(), "foreign_key_columns",
            "object_id=" + t.id() + ",column_id=" + column, "columns");
      }
    }
    var referenced = md.table(fk.refTableId());
    if (referenced.isEmpty()) {
      missing("referenced_object_id=" + fk.refTableId(), "object_id=" + fk.objectId(), "foreign_keys",
          "object_id=" + fk.refTableId(), "objects");
      return;
    }
    List<Integer> refColumns = referenced.get().columns().stream().map(Column::columnId).toList();
    for (int column : fk.refColumns()) {
      if (!refColumns.contains(column)) {
        missing("referenced_column_id=" + column, "constraint_object_id=" + fk.objectId(), "foreign_key_columns",
            "object_id=" + fk.refTableId() + ",column_id=" + column, "columns");
      }
    }
  }

  private void missing(String attribute, String row, String view, String match, String matchView) {
    errors++;
    call.message(3853, 16, 1, String.format(Locale.ROOT,
        "Attribute (%s) of row (%s) in sys.%s does not have a matching row (%s) in sys.%s.", attribute, row, view, match,
        matchView));
  }
}
