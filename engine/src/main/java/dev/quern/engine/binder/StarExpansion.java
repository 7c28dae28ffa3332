package dev.quern.engine.binder;

import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import java.util.List;
import java.util.Locale;

/** Expands {@code *} and {@code t.*} into the source's columns. */
final class StarExpansion {
  private StarExpansion() {}

  static void expand(
      BindContext bind, QuerySpec q, SelectItem.Star star, List<Expr> items, List<String> names) {
    TableSource from = q.from();
    if (from == null) {
      throw SqlErrors.NO_COLUMN_NAME_NEEDS_FROM.raise();
    }
    from = PivotTables.expanded(bind, from);
    if (from instanceof TableSource.Join || from instanceof TableSource.Apply) {
      expandJoin(bind, from, star, items, names);
      return;
    }
    if (from instanceof TableSource.VectorSearch v) {
      if (!vectorSearch(bind, v, star.qualifier(), items, names)) {
        throw SqlErrors.MULTIPART_NOT_BOUND.raise(star.qualifier());
      }
      return;
    }
    if (star.qualifier() != null) {
      String name = from.alias() != null ? from.alias() : sourceName(from);
      if (!star.qualifier().equalsIgnoreCase(name)) {
        throw SqlErrors.MULTIPART_NOT_BOUND.raise(star.qualifier());
      }
    }
    if (from instanceof TableSource.Function f && FullTextTables.is(f)) {
      for (String c : List.of("KEY", "RANK")) {
        items.add(new ColumnRef(List.of(c)));
        names.add(c);
      }
      return;
    }
    if (from instanceof TableSource.Function f && ChangeTables.is(f)) {
      for (String c : ChangeTables.columnNames(bind, f)) {
        items.add(new ColumnRef(List.of(c)));
        names.add(c);
      }
      return;
    }
    if (from instanceof TableSource.Function f && TableFunctions.columnNames(f).isPresent()) {
      for (String c : TableFunctions.columnNames(f).get()) {
        items.add(new ColumnRef(List.of(c)));
        names.add(c);
      }
      return;
    }
    if (from instanceof TableSource.OpenJson o) {
      List<String> columns = o.schema().isEmpty()
          ? List.of("key", "value", "type")
          : o.schema().stream().map(TableSource.OpenJsonColumn::name).toList();
      for (String c : columns) {
        items.add(new ColumnRef(List.of(c)));
        names.add(c);
      }
      return;
    }
    if (from instanceof TableSource.OpenXml o) {
      for (String c : OpenXmlBinder.columnNames(bind, o)) {
        items.add(new ColumnRef(List.of(c)));
        names.add(c);
      }
      return;
    }
    if (from instanceof TableSource.XmlNodes x) {
      items.add(new ColumnRef(List.of(x.column()))); // read directly: 493, as SQL Server answers SELECT *
      names.add(x.column());
      return;
    }
    if (from instanceof TableSource.OpenRowsetBulk o) {
      List<String> columns = o.kind() != null ? List.of("BulkColumn")
          : BulkRowsets.bind(bind, o).columns().stream().map(c -> c.name()).toList();
      for (String c : columns) {
        items.add(new ColumnRef(List.of(c)));
        names.add(c);
      }
      return;
    }
    if (from instanceof TableSource.Function f && TableFunctions.kind(f).isEmpty()) {
      var columns = UserTableFunctions.columnNames(bind, f);
      if (columns.isPresent()) {
        for (String c : columns.get()) {
          items.add(new ColumnRef(List.of(c)));
          names.add(c);
        }
        return;
      }
    }
    if (from instanceof TableSource.RecursiveRef r) {
      for (String c : DerivedTables.workTable(bind, r).columns().stream().map(c -> c.name()).toList()) {
        items.add(new ColumnRef(List.of(c)));
        names.add(c);
      }
      return;
    }
    if (from instanceof TableSource.Derived d) {
      for (String c : DerivedTables.columnNames(bind, d)) {
        items.add(new ColumnRef(List.of(c)));
        names.add(c);
      }
      return;
    }
    if (from instanceof TableSource.Named n) {
      var view = dev.quern.engine.sys.SystemViews.lookup(n.parts(), bind.session() == null ? null : bind.session().databaseName());
      if (view.isPresent()) {
        for (var c : view.get().columns()) {
          items.add(new ColumnRef(List.of(c.name())));
          names.add(c.name());
        }
        return;
      }
      var columns = TableSources.columnNames(bind, n);
      if (columns.isPresent()) {
        for (String c : columns.get()) {
          items.add(new ColumnRef(List.of(c)));
          names.add(c);
        }
        return;
      }
    }
    // Unknown objects: binding the source reports 208.
    items.add(new ColumnRef(List.of("*")));
    names.add(null);
  }

  /**
   * VECTOR_SEARCH's columns, each under its own qualifier (the table's, or the result's for
   * distance), those of {@code starQualifier} only when given; false when it names neither.
   */
  private static boolean vectorSearch(
      BindContext bind, TableSource.VectorSearch v, String starQualifier, List<Expr> items, List<String> names) {
    ColumnScope scope = VectorSearches.bind(bind, v).scope();
    boolean any = false;
    for (int i = 0; i < scope.columns().size(); i++) {
      String qualifier = scope.qualifierOf(i);
      if (starQualifier != null && !starQualifier.equalsIgnoreCase(qualifier)) {
        continue;
      }
      String column = scope.columns().get(i).name();
      items.add(new ColumnRef(List.of(qualifier, column)));
      names.add(column);
      any = true;
    }
    return any;
  }

  private static String sourceName(TableSource from) {
    return switch (from) {
      case TableSource.Function f -> TableFunctions.qualifier(f);
      case TableSource.Named n -> n.parts().getLast();
      case TableSource.Derived d -> d.alias();
      case TableSource.VectorSearch v -> v.alias();
      case TableSource.RecursiveRef r -> r.name();
      case TableSource.Join j -> null;
      case TableSource.Apply a -> null;
      case TableSource.OpenJson o -> "OPENJSON";
      case TableSource.OpenXml o -> "OPENXML";
      case TableSource.OpenRowsetBulk o -> o.alias();
      case TableSource.XmlNodes x -> x.alias();
      case TableSource.Pivot p -> p.alias();
      case TableSource.Unpivot u -> u.alias();
    };
  }

  /**
   * A source among joined ones; {@code applyLeft} is what it may read when it is the right side of
   * an APPLY (a derived table or a table-valued function reading the left row), else null.
   */
  private record Leaf(TableSource source, TableSource applyLeft) {}

  /** {@code *} over joined sources: every leaf's columns, qualified; {@code t.*}: one leaf's. */
  private static void expandJoin(
      BindContext bind, TableSource from, SelectItem.Star star, List<Expr> items, List<String> names) {
    List<Leaf> leaves = new java.util.ArrayList<>();
    leaves(from, null, leaves);
    boolean matched = false;
    for (Leaf leaf : leaves) {
      TableSource source = leaf.source();
      if (source instanceof TableSource.VectorSearch v) {
        ColumnScope left = leaf.applyLeft() == null ? ColumnScope.EMPTY : applyLeft(bind, leaf.applyLeft());
        matched |= bind.inSubqueryOf(left, () -> vectorSearch(bind, v, star.qualifier(), items, names));
        continue;
      }
      String qualifier = source.alias() != null ? source.alias() : sourceName(source);
      if (star.qualifier() != null && !star.qualifier().equalsIgnoreCase(qualifier)) {
        continue;
      }
      matched = true;
      List<Expr> leafItems = new java.util.ArrayList<>();
      List<String> leafNames = new java.util.ArrayList<>();
      QuerySpec single = new QuerySpec(false, null, List.of(), source, null, List.of(), null, List.of(), null, null, List.of());
      if (leaf.applyLeft() == null) {
        expand(bind, single, new SelectItem.Star(null), leafItems, leafNames);
      } else {
        // Its columns are known once its query is bound, and that query may name the left row's
        // columns: it is bound as APPLY binds it, inside the left side's scope.
        ColumnScope left = applyLeft(bind, leaf.applyLeft());
        bind.inSubqueryOf(left, () -> {
          expand(bind, single, new SelectItem.Star(null), leafItems, leafNames);
          return null;
        });
      }
      for (int i = 0; i < leafItems.size(); i++) {
        String column = leafNames.get(i);
        if (column == null) {
          items.add(leafItems.get(i));
          names.add(null);
        } else {
          items.add(new ColumnRef(List.of(qualifier, column)));
          names.add(column);
        }
      }
    }
    if (!matched) {
      throw SqlErrors.MULTIPART_NOT_BOUND.raise(star.qualifier());
    }
  }

  /** The columns of an APPLY's left side, bound once for every leaf and the APPLY itself. */
  private static ColumnScope applyLeft(BindContext bind, TableSource left) {
    return bind.learned().learn(left, () -> new SourceBinder(bind).bind(left)).scope();
  }

  private static void leaves(TableSource s, TableSource applyLeft, List<Leaf> out) {
    if (s instanceof TableSource.Join j) {
      leaves(j.left(), applyLeft, out);
      leaves(j.right(), applyLeft, out);
    } else if (s instanceof TableSource.Apply a) {
      leaves(a.left(), applyLeft, out);
      leaves(a.right(), a.left(), out);
    } else {
      out.add(new Leaf(s, applyLeft));
    }
  }
}
