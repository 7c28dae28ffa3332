package dev.quern.engine.binder;

import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.XQueryPath;
import dev.quern.engine.expr.XmlNodeRef;
import dev.quern.engine.expr.XmlPaths;
import dev.quern.engine.plan.TableFunctionNode;
import java.util.List;

/**
 * {@code xml.nodes('path') AS T(c)}: a row source of one row per node the path selects, its
 * column {@code c} a reference to the node ({@link XmlNodeRef}); no row when the xml is NULL. The
 * target is a variable, or (on the right of APPLY) a column of the left row or of an outer nodes().
 */
final class XmlNodesBinder {
  private XmlNodesBinder() {}

  static SourceBinder.Bound bind(BindContext bind, TableSource.XmlNodes x, ColumnScope outer) {
    ExpressionBinder exprs = new ExpressionBinder(bind, outer, null, "FROM");
    BoundExpr target = exprs.methodTarget(x.target());
    if (target.type().id() != TypeId.XML) {
      throw SqlErrors.METHOD_ON_NON_XML.raise(
          dev.quern.catalog.type.SqlTypes.name(target.type().id()) + (target.type().isMax() ? "(max)" : ""));
    }
    if (x.args().size() != 1) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("nodes", 1);
    }
    XQueryPath path = XQueryPath.compile(
        XmlMethodBinder.literal(x.args().get(0), 1, "nodes"), "nodes", XmlMethodBinder.namespaces(x.namespaces()));
    List<ResultColumn> columns = List.of(new ResultColumn(x.column(), XmlNodeRef.TYPE, true));
    List<BoundExpr> args = new java.util.ArrayList<>(List.of(target));
    args.addAll(XmlMethodBinder.externals(exprs, path)); // sql:variable() and sql:column() after the xml
    var node = new TableFunctionNode(
        x.toSql(), args, columns,
        (values, defaulted, ctx) -> values[0] == null
            ? List.of()
            : XmlPaths.nodes(values[0], path, java.util.Arrays.copyOfRange(values, 1, values.length)));
    return new SourceBinder.Bound(node, new ColumnScope(x.alias(), node.columns()), false);
  }
}
