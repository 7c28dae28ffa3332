package dev.quern.engine.indexedview;

import dev.quern.catalog.meta.View;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A schema-bound view read for indexing: its query, the name of each column, the tables it reads
 * (two-part names, as schema binding requires) and whether it aggregates. Each select item of an
 * aggregated view is a GROUP BY expression, {@code SUM(…)} or {@code COUNT_BIG(*)} (the rules see to
 * it before an index is built).
 */
record IndexedViewShape(View view, String schema, CreateViewStatement definition, List<String> names, List<TableSource.Named> tables) {

  /** What a select item of the view is to the maintenance of its rows. */
  enum Kind { PLAIN, GROUP, SUM, COUNT_BIG }

  static IndexedViewShape of(View view, String schema) {
    var definition = (CreateViewStatement) dev.quern.engine.parser.Parser.parseBatch(view.definition(), true).getFirst();
    List<String> names = new ArrayList<>();
    List<SelectItem> items = definition.query().items();
    for (int i = 0; i < items.size(); i++) {
      String name = i < definition.columns().size() ? definition.columns().get(i) : null;
      if (name == null && items.get(i) instanceof SelectItem.Column c) {
        name = c.alias() != null ? c.alias() : c.expr() instanceof ColumnRef r ? r.parts().getLast() : "";
      }
      names.add(name == null ? "" : name);
    }
    List<TableSource.Named> tables = new ArrayList<>();
    AstTrees.walk(definition.query().from(), n -> {
      if (n instanceof TableSource.Named named) {
        tables.add(named);
      }
    });
    return new IndexedViewShape(view, schema, definition, List.copyOf(names), List.copyOf(tables));
  }

  QuerySpec query() {
    return definition.query();
  }

  boolean aggregated() {
    if (!query().groupBy().isEmpty()) {
      return true;
    }
    boolean[] found = {false};
    AstTrees.walk(query().items(), n -> found[0] |= n instanceof FunctionCall f && IndexedViewRules.AGGREGATES.contains(upper(f.name())));
    return found[0];
  }

  /** The item at {@code i}, which the rules let only be a plain column item. */
  Expr expr(int i) {
    return ((SelectItem.Column) query().items().get(i)).expr();
  }

  Kind kind(int i) {
    if (!aggregated()) {
      return Kind.PLAIN;
    }
    if (expr(i) instanceof FunctionCall f && upper(f.name()).equals("SUM")) {
      return Kind.SUM;
    }
    if (expr(i) instanceof FunctionCall f && upper(f.name()).equals("COUNT_BIG") && f.star()) {
      return Kind.COUNT_BIG;
    }
    return Kind.GROUP;
  }

  /** The name under which {@code t} (a table the view reads) is referred to in the view. */
  static String qualifier(TableSource.Named t) {
    return t.alias() != null ? t.alias() : t.parts().getLast();
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
