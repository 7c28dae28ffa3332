package dev.quern.engine.indexedview;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexedViewRows;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Names;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that bring an indexed view's rows up to date after one statement changed one of
 * its tables, computed from that statement's changed rows alone: the view's query over {@code
 * deleted} and over {@code inserted} in place of the changed table (the other tables as they are:
 * a statement changes one table, so the view's change is that table's change joined with the
 * others). A view without GROUP BY loses the rows the old rows made and gains those the new rows
 * make; an aggregated view adds each group's net SUM and COUNT_BIG(*) to its row (a new group's row
 * is inserted, one whose count reaches 0 deleted). The view's row is read under HOLDLOCK, so two
 * transactions changing one group take turns and neither loses the other's change.
 */
final class IndexedViewDelta {
  private static final String ROW = "[$row]";
  private static final String DELTA = "[$delta]";

  private final IndexedViewShape shape;
  private final TableSource.Named changed;
  private final Table rows;

  IndexedViewDelta(IndexedViewShape shape, TableSource.Named changed, Table rows) {
    this.shape = shape;
    this.changed = changed;
    this.rows = rows;
  }

  String sql() {
    String target = Names.quote(shape.schema()) + "." + Names.quote(IndexedViewRows.tableName(shape.view().name()))
        + " WITH (HOLDLOCK) AS " + ROW;
    return shape.aggregated() ? aggregated(target) : plain(target);
  }

  private String plain(String target) {
    List<String> keys = rows.rowIndex().keys().stream().map(IndexColumn::columnId)
        .map(id -> rows.columnById(id).name()).toList();
    return "MERGE " + target + " USING (" + over("deleted").toSql() + ") AS " + DELTA + " ON " + matching(keys)
        + " WHEN MATCHED THEN DELETE;\n"
        + "INSERT INTO " + Names.quote(shape.schema()) + "." + Names.quote(IndexedViewRows.tableName(shape.view().name()))
        + " (" + columns("") + ") " + over("inserted").toSql() + ";";
  }

  private String aggregated(String target) {
    List<String> groups = new ArrayList<>();
    List<String> negated = new ArrayList<>();
    List<String> summed = new ArrayList<>();
    List<String> updates = new ArrayList<>();
    String count = null;
    for (int i = 0; i < shape.names().size(); i++) {
      String c = Names.quote(shape.names().get(i));
      switch (shape.kind(i)) {
        case GROUP -> {
          groups.add(shape.names().get(i));
          negated.add(c);
          summed.add(c);
        }
        default -> {
          negated.add("-" + c + " AS " + c);
          summed.add("SUM(" + c + ") AS " + c);
          updates.add(c + " = " + ROW + "." + c + " + " + DELTA + "." + c);
          if (shape.kind(i) == IndexedViewShape.Kind.COUNT_BIG) {
            count = c;
          }
        }
      }
    }
    String groupBy = groups.stream().map(Names::quote).collect(Collectors.joining(", "));
    String delta = "SELECT " + String.join(", ", summed) + " FROM (" + over("inserted").toSql() + " UNION ALL SELECT "
        + String.join(", ", negated) + " FROM (" + over("deleted").toSql() + ") AS [$old]) AS [$both] GROUP BY " + groupBy;
    return "MERGE " + target + " USING (" + delta + ") AS " + DELTA + " ON " + matching(groups)
        + " WHEN MATCHED AND " + ROW + "." + count + " + " + DELTA + "." + count + " = 0 THEN DELETE"
        + " WHEN MATCHED THEN UPDATE SET " + String.join(", ", updates)
        + " WHEN NOT MATCHED THEN INSERT (" + columns("") + ") VALUES (" + columns(DELTA + ".") + ");";
  }

  /** The view's query with {@code pseudo} (inserted or deleted) read in place of the changed table. */
  private QuerySpec over(String pseudo) {
    QuerySpec q = AstTrees.rewrite(shape.query(), n -> {
      if (n == changed) {
        return new TableSource.Named(List.of(pseudo), IndexedViewShape.qualifier(changed));
      }
      if (n instanceof ColumnRef r && r.parts().size() > 2) {
        return new ColumnRef(r.parts().subList(r.parts().size() - 2, r.parts().size()));
      }
      return n;
    });
    List<SelectItem> items = new ArrayList<>();
    for (int i = 0; i < q.items().size(); i++) {
      items.add(new SelectItem.Column(((SelectItem.Column) q.items().get(i)).expr(), shape.names().get(i)));
    }
    return new QuerySpec(false, null, items, q.from(), q.where(), q.groupBy(), null, List.of(), null, null, List.of());
  }

  /** The ON of the MERGE: {@code names} equal in the view's row and the delta's, NULL matching NULL. */
  private String matching(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      String c = Names.quote(name);
      Column column = rows.column(name).orElseThrow();
      String equal = ROW + "." + c + " = " + DELTA + "." + c;
      out.add(column.nullable() ? "(" + equal + " OR (" + ROW + "." + c + " IS NULL AND " + DELTA + "." + c + " IS NULL))" : equal);
    }
    return String.join(" AND ", out);
  }

  private String columns(String prefix) {
    return shape.names().stream().map(n -> prefix + Names.quote(n)).collect(Collectors.joining(", "));
  }
}
