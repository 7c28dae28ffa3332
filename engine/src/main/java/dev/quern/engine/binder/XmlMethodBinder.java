package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeFacetException;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.XmlMethodCall;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.XmlValueExpr;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds the xml data type's {@code value(path, 'type')}, the one method given: its target must be
 * xml (258), its arguments string literals (8172), and its path one that yields a single node as
 * SQL Server's static typing sees it (2389): {@code .}, or a path each of whose steps
 * is picked by a position ({@code /a[1]/b[2]}, an attribute after it), or {@code (…)[n]}. query(),
 * exist(), nodes() and modify() are refused (40517).
 */
final class XmlMethodBinder {
  /** A step SQL Server types as one node at most: the context item, an attribute, or one picked by position. */
  private static final Pattern SINGLE_STEP = Pattern.compile("\\.|@[^/\\[]+|[^/\\[]+\\[[1-9][0-9]*\\]");

  private static final Set<String> METHODS = Set.of("value", "query", "exist", "nodes", "modify");

  private XmlMethodBinder() {}

  static BoundExpr bind(BoundExpr target, XmlMethodCall call) {
    String method = call.method().toLowerCase(Locale.ROOT);
    if (target.type().id() != TypeId.XML) {
      throw SqlErrors.METHOD_ON_NON_XML.raise(typeName(target.type()));
    }
    if (!method.equals("value")) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("xml data type method " + method + "()");
    }
    if (call.args().size() != 2) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("value", 2);
    }
    String path = literal(call.args().get(0), 1);
    String typeText = literal(call.args().get(1), 2);
    if (!isSingleton(path.strip())) {
      throw SqlErrors.XQUERY_VALUE_SINGLETON.raise();
    }
    SqlType type;
    try {
      type = SqlTypes.parseForCast(typeText);
    } catch (TypeFacetException e) {
      throw new SqlException(e.number(), 16, 1, e.text(), Abort.COMPILE);
    } catch (IllegalArgumentException e) {
      throw SqlErrors.NOT_A_SYSTEM_TYPE.raise(typeText);
    }
    return new XmlValueExpr(target, path.strip(), type, call.toSql());
  }

  /**
   * {@code col.value(…)}, which parses as a call of a function named {@code col.value}: the method
   * bound when the name before it is a column in scope, null (a function call after all) otherwise.
   */
  static BoundExpr onColumn(ExpressionBinder binder, FunctionCall f) {
    int dot = f.name().lastIndexOf('.');
    if (dot <= 0 || !METHODS.contains(f.name().substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    ColumnRef column = new ColumnRef(List.of(f.name().substring(0, dot).split("\\.")));
    BoundExpr target;
    try {
      target = binder.value(column);
    } catch (SqlException notAColumn) {
      return null;
    }
    return bind(target, new XmlMethodCall(column, f.name().substring(dot + 1), f.args()));
  }

  private static String literal(Expr e, int position) {
    if (e instanceof Literal l && (l.kind() == Literal.Kind.STRING || l.kind() == Literal.Kind.NSTRING)) {
      return l.text();
    }
    throw SqlErrors.XML_METHOD_LITERAL.raise(position, "value");
  }

  static boolean isSingleton(String path) {
    if (path.equals(".") || path.startsWith("(") && path.matches(".*\\)\\[[1-9][0-9]*\\]")) {
      return true;
    }
    if (path.isEmpty() || path.contains("//")) {
      return false;
    }
    String relative = path.startsWith("/") ? path.substring(1) : path;
    for (String step : relative.split("/", -1)) {
      if (!SINGLE_STEP.matcher(step).matches()) {
        return false;
      }
    }
    return true;
  }

  private static String typeName(SqlType t) {
    return SqlTypes.name(t.id()) + (t.isMax() ? "(max)" : "");
  }
}
