package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.foreign_key_columns ("sys.foreign_key_columns (Transact-SQL)"): one row per column pair of
 * each foreign key of the current database's tables, numbered by constraint_column_id in the
 * order the key lists them. ORMs and SSMS read it to learn which column references which.
 */
final class ForeignKeyColumnsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("constraint_object_id", false), integer("constraint_column_id", false),
          integer("parent_object_id", false), integer("parent_column_id", false),
          integer("referenced_object_id", false), integer("referenced_column_id", false));

  @Override
  public String name() {
    return "foreign_key_columns";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (!(e.object() instanceof Table t)) {
        continue;
      }
      for (Constraint c : t.constraints()) {
        if (c instanceof Constraint.ForeignKey f) {
          for (int i = 0; i < f.columns().size(); i++) {
            out.add(new Object[] {
              f.objectId(), i + 1, t.id(), f.columns().get(i), f.refTableId(), f.refColumns().get(i)
            });
          }
        }
      }
    }
    return out;
  }
}
