package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeFacetException;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.MethodCall;
import dev.quern.engine.ast.XmlNamespaces;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.error.XQueryErrors;
import dev.quern.engine.expr.XQueryNamespaces;
import dev.quern.engine.expr.XQueryPath;
import dev.quern.engine.expr.XmlContent;
import dev.quern.engine.expr.XmlDml;
import dev.quern.engine.expr.XmlModifyExpr;
import dev.quern.engine.expr.XmlPathMethodExpr;
import dev.quern.engine.expr.XmlValueExpr;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds the xml data type's methods value(path, 'type'), query(path) and exist(path): the target
 * must be xml (258) or a nodes() row's column, the arguments string literals (8172), the path in
 * the subset {@link XQueryPath} takes; value()'s path one that yields a single node as SQL Server's
 * static typing sees it (2389): {@code .}, or a path each of whose steps is picked by a position
 * ({@code /a[1]/b[2]}, an attribute after it), or {@code (…)[n]}; query()'s not attributes (2390).
 * nodes() is a table source ({@link XmlNodesBinder}), no method of a value (227); modify() is a
 * mutator, only the whole of a SET ({@link XmlDmlParser}; 8137 elsewhere, 8113 for another method there).
 */
final class XmlMethodBinder {
  /** A step SQL Server types as one node at most: the context item, an attribute, or one picked by position. */
  private static final Pattern SINGLE_STEP = Pattern.compile("\\.|@[^/\\[]+|[^/\\[]+\\[[1-9][0-9]*\\]");

  /**
   * A call of a function that returns one atomic value: {@code count(../a)}, {@code local-name(.)},
   * or the {@code xs:hexBinary(…)} constructor (one value or none).
   */
  private static final Pattern ATOMIC_CALL = Pattern.compile(
      "((fn:)?(count|sum|string|number|string-length|concat|contains|local-name|namespace-uri|not|true|false"
          + "|boolean|last|position|ceiling|floor|round|substring)|xs:hexBinary)\\(.*\\)",
      Pattern.DOTALL);

  private static final Set<String> METHODS = Set.of("value", "query", "exist", "nodes", "modify");

  private XmlMethodBinder() {}

  static BoundExpr bind(ExpressionBinder binder, BoundExpr target, MethodCall call) {
    String method = call.method().toLowerCase(Locale.ROOT);
    if (target.type().id() != TypeId.XML) {
      throw SqlErrors.METHOD_ON_NON_XML.raise(typeName(target.type()));
    }
    if (call.mutator() && !method.equals("modify")) {
      throw XQueryErrors.MUTATOR_EXPECTED.raise(call.method());
    }
    return switch (method) {
      case "value" -> value(binder, target, call);
      case "modify" -> modify(binder, target, call);
      case "query", "exist" -> {
        if (call.args().size() != 1) {
          throw SqlErrors.FUNCTION_ARG_COUNT.raise(method, 1);
        }
        XQueryPath path = XQueryPath.compile(literal(call.args().get(0), 1, method), method, namespaces(call.namespaces()));
        if (method.equals("exist")) {
          yield new XmlPathMethodExpr(XmlPathMethodExpr.Method.EXIST, target, path, externals(binder, path), call.toSql());
        }
        if (path.attributes()) {
          throw XQueryErrors.TOP_LEVEL_ATTRIBUTE.raise("query", "attribute");
        }
        yield new XmlPathMethodExpr(XmlPathMethodExpr.Method.QUERY, target, path, externals(binder, path), call.toSql());
      }
      // nodes() makes rows, so it is a table source (XmlNodesBinder), never a value.
      case "nodes" -> throw XQueryErrors.NOT_A_METHOD.raise(call.method());
      default -> throw XQueryErrors.NOT_A_METHOD.raise(call.method());
    };
  }

  /**
   * modify('…') as the whole of {@code SET @x.modify(…)} or an UPDATE's {@code SET col.modify(…)}:
   * the target's new value. Anywhere else it is no value (8137). sql:variable() or sql:column()
   * inserted must hold xml: another type is an atomic value, which insert refuses (2207).
   */
  private static BoundExpr modify(ExpressionBinder binder, BoundExpr target, MethodCall call) {
    if (!call.mutator()) {
      throw XQueryErrors.NON_MUTATOR_EXPECTED.raise(call.method());
    }
    if (call.args().size() != 1) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("modify", 1);
    }
    XmlDml dml = XmlDmlParser.parse(literal(call.args().get(0), 1, "modify"), namespaces(call.namespaces()));
    List<List<BoundExpr>> externals = dml.paths().stream().map(p -> externals(binder, p)).toList();
    for (XmlContent item : dml.content()) {
      if (item instanceof XmlContent.Nodes n && n.external()) {
        SqlType t = externals.get(dml.paths().indexOf(n.path())).get(0).type();
        if (t.id() != TypeId.XML) {
          throw XQueryErrors.INSERT_NOT_NODES.raise(XmlDmlParser.METHOD, XQueryStaticType.schemaType(t) + " ?");
        }
      }
    }
    return new XmlModifyExpr(target, call.targetName(), dml, externals, call.toSql());
  }

  private static BoundExpr value(ExpressionBinder binder, BoundExpr target, MethodCall call) {
    if (call.args().size() != 2) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("value", 2);
    }
    String path = literal(call.args().get(0), 1, "value");
    String typeText = literal(call.args().get(1), 2, "value");
    XQueryNamespaces namespaces = namespaces(call.namespaces());
    XQueryPath compiled = XQueryPath.compile(path, "value", namespaces);
    if (!isSingleton(path.substring(XQueryNamespaces.prolog(path, "value", namespaces).bodyStart()).strip())) {
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
    return new XmlValueExpr(target, compiled, externals(binder, compiled), type, call.toSql());
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
      target = binder.methodTarget(column);
    } catch (SqlException notAColumn) {
      return null;
    }
    MethodCall call = new MethodCall(column, f.name().substring(dot + 1), f.args());
    return JsonOperands.isJson(target.type()) ? JsonMethodBinder.bind(binder, call) : bind(binder, target, call);
  }

  /** The statement's WITH XMLNAMESPACES as the paths' static namespace context. */
  static XQueryNamespaces namespaces(XmlNamespaces declared) {
    XQueryNamespaces ns = XQueryNamespaces.NONE;
    if (declared != null) {
      for (XmlNamespaces.Declaration d : declared.declarations()) {
        ns = d.prefix() == null ? ns.withDefault(d.uri()) : ns.declare(d.prefix(), d.uri());
      }
    }
    return ns;
  }

  /**
   * A method called on a name under WITH XMLNAMESPACES ({@code col.value(…)}, parsed as a method
   * to keep the namespaces): on the column when the name is one, else a function of that name.
   */
  static BoundExpr onName(ExpressionBinder binder, MethodCall call) {
    if (!(call.target() instanceof ColumnRef c) || call.mutator()) {
      return bind(binder, binder.methodTarget(call.target()), call);
    }
    BoundExpr target;
    try {
      target = binder.methodTarget(c);
    } catch (SqlException notAColumn) {
      return null;
    }
    return bind(binder, target, call);
  }

  /** What the path's sql:variable("@v") and sql:column("t.c") read, bound in the method's scope. */
  static List<BoundExpr> externals(ExpressionBinder binder, XQueryPath path) {
    List<BoundExpr> out = new java.util.ArrayList<>();
    for (XQueryPath.External e : path.externals()) {
      out.add(binder.value(e.column()
          ? new ColumnRef(List.of(e.name().split("\\.")))
          : new dev.quern.engine.ast.VariableRef(e.name())));
    }
    return out;
  }

  static String literal(Expr e, int position, String method) {
    if (e instanceof Literal l && (l.kind() == Literal.Kind.STRING || l.kind() == Literal.Kind.NSTRING)) {
      return l.text();
    }
    throw SqlErrors.XML_METHOD_LITERAL.raise(position, method);
  }

  static boolean isSingleton(String path) {
    if (ATOMIC_CALL.matcher(path).matches()) {
      return true;
    }
    if (path.equals(".") || path.startsWith("(") && path.matches(".*\\)\\[[1-9][0-9]*\\]")) {
      return true;
    }
    if (path.startsWith("(") && path.endsWith(")") && closes(path)) {
      // (path) types as path does: ('(@dts:ObjectName)') is one attribute at most
      return isSingleton(path.substring(1, path.length() - 1).strip());
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

  /** Whether the parenthesis opening {@code path} is the one that closes it at its end. */
  private static boolean closes(String path) {
    int depth = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i == path.length() - 1;
      }
    }
    return false;
  }

  private static String typeName(SqlType t) {
    return SqlTypes.name(t.id()) + (t.isMax() ? "(max)" : "");
  }
}
