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
    if (star.qualifier() != null) {
      String name = from.alias() != null ? from.alias() : sourceName(from);
      if (!star.qualifier().equalsIgnoreCase(name)) {
        throw SqlErrors.MULTIPART_NOT_BOUND.raise(star.qualifier());
      }
    }
    if (from instanceof TableSource.Function f && f.name().toUpperCase(Locale.ROOT).equals("GENERATE_SERIES")) {
      items.add(new ColumnRef(List.of("value")));
      names.add("value");
      return;
    }
    if (from instanceof TableSource.Named n) {
      var view = dev.quern.engine.sys.SystemViews.lookup(n.parts());
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

  private static String sourceName(TableSource from) {
    return switch (from) {
      case TableSource.Function f -> f.name();
      case TableSource.Named n -> n.parts().getLast();
    };
  }
}
