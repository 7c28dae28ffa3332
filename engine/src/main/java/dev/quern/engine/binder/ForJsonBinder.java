package dev.quern.engine.binder;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ForJson;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.FunctionExpr;
import dev.quern.engine.plan.ForJsonNode;
import dev.quern.engine.plan.QueryPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a bound query under FOR JSON: each column becomes a property named by its name or alias
 * (under PATH a dotted alias nests objects), checked as SQL Server checks them: every column
 * named (13605), no empty step in a path (13603), and under PATH each object's columns adjacent
 * and no property twice (13601), no CLR type (hierarchyid, geometry, geography: 13604). AUTO needs a table (13600); its
 * nesting of joined tables' rows is not given, so AUTO over a join is refused rather than flattened.
 */
final class ForJsonBinder {
  private ForJsonBinder() {}

  static QueryPlan wrap(QueryBinder.Bound bound, QuerySpec query, ForJson options, boolean splitRows) {
    if (!options.path()) {
      if (query.from() == null) {
        throw SqlErrors.FOR_JSON_AUTO_NEEDS_TABLE.raise();
      }
      if (!(query.from() instanceof TableSource.Named || query.from() instanceof TableSource.Derived)) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("FOR JSON AUTO over joined tables");
      }
    }
    List<ResultColumn> columns = bound.plan().columns();
    List<ForJsonNode.Property> properties = new ArrayList<>();
    PathChecker paths = new PathChecker();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).name();
      if (name == null || name.isEmpty()) {
        throw SqlErrors.FOR_JSON_UNNAMED.raise();
      }
      if (columns.get(i).type().id() == dev.quern.catalog.type.TypeId.HIERARCHYID
          || SpatialMethodBinder.isSpatial(columns.get(i).type())) {
        throw SqlErrors.FOR_JSON_CLR_TYPE.raise();
      }
      List<String> path = List.of(name);
      if (options.path()) {
        if (name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
          throw SqlErrors.FOR_JSON_BAD_PROPERTY.raise(name);
        }
        path = Arrays.asList(name.split("\\."));
      }
      paths.add(name, path);
      properties.add(new ForJsonNode.Property(path, columns.get(i).type(), isJson(query, bound, i)));
    }
    ForJsonNode node = new ForJsonNode(bound.plan().root(), properties, options, splitRows);
    return new QueryPlan(node, node.columns());
  }

  /**
   * Whether column i is JSON text already (a FOR JSON subquery's value, JSON_QUERY's, JSON_MODIFY's
   * …: {@link JsonArguments}), which goes in unquoted. Read from the select list as written (JSON_QUERY of a constant is folded to a plain
   * string when bound), unless a * makes its items and the columns differ.
   */
  private static boolean isJson(QuerySpec query, QueryBinder.Bound bound, int i) {
    List<SelectItem> items = query.items();
    if (items.stream().noneMatch(it -> it instanceof SelectItem.Star)) {
      return i < items.size() && items.get(i) instanceof SelectItem.Column c && JsonArguments.isJsonText(c.expr());
    }
    List<BoundExpr> exprs = bound.selectExprs();
    BoundExpr e = exprs == null || i >= exprs.size() ? null : exprs.get(i);
    return e instanceof dev.quern.engine.exec.op.SubqueryExpr s && s.plan().root() instanceof ForJsonNode
        || e instanceof FunctionExpr f && f.function().name().equals("JSON_QUERY");
  }

  /**
   * The properties seen so far and the objects still open: an object closes for good when a
   * column outside it comes, and a property or object may appear only once.
   */
  private static final class PathChecker {
    private final Set<String> used = new HashSet<>();
    private List<String> openObjects = List.of();

    void add(String name, List<String> path) {
      int depth = path.size() - 1;
      int common = 0;
      while (common < depth && common < openObjects.size() && openObjects.get(common).equals(path.get(common))) {
        common++;
      }
      for (int k = common; k < depth; k++) {
        if (!used.add(String.join(".", path.subList(0, k + 1)))) {
          throw SqlErrors.FOR_JSON_CONFLICT.raise(name); // reopened after another object, or a property
        }
      }
      if (!used.add(String.join(".", path))) {
        throw SqlErrors.FOR_JSON_CONFLICT.raise(name);
      }
      openObjects = path.subList(0, depth);
    }
  }
}
