package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.MethodCall;
import dev.quern.engine.ast.StaticMethodCall;
import dev.quern.engine.error.ClrTypeErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.HierarchyIdMethodExpr;
import dev.quern.engine.expr.HierarchyIdMethodExpr.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the hierarchyid type's methods: on a value ({@code @h.GetAncestor(1)}, {@code
 * col.GetLevel()}) and by the type's name ({@code hierarchyid::GetRoot()}, {@code
 * hierarchyid::Parse(s)}). As a CLR type's, the names are case-sensitive and a name or argument
 * count the type does not have is 6506; arguments convert to the parameter types as an assignment
 * would (257 when only CAST may, 206 when no conversion exists). Other types' static methods:
 * 243 for a name that is no type, 258 for a system type without methods (geometry's and
 * geography's are {@link SpatialMethodBinder}'s).
 */
final class HierarchyIdMethodBinder {
  private static final String CLR_TYPE = "Microsoft.SqlServer.Types.SqlHierarchyId";
  private static final String ASSEMBLY = "Microsoft.SqlServer.Types";

  private HierarchyIdMethodBinder() {}

  /** A method called on a hierarchyid value. */
  static BoundExpr bind(ExpressionBinder binder, BoundExpr target, MethodCall call) {
    Method m = call.mutator() ? null : Method.named(call.method(), false);
    return new HierarchyIdMethodExpr(checked(m, call.method(), call.args()), target,
        arguments(binder, m, call.args()), call.toSql());
  }

  /** {@code type::method(…)}. */
  static BoundExpr bindStatic(ExpressionBinder binder, StaticMethodCall call) {
    TypeId type = SqlTypes.lookup(call.typeName());
    if (type == null) {
      throw SqlErrors.NOT_A_SYSTEM_TYPE.raise(call.typeName());
    }
    if (type != TypeId.HIERARCHYID) {
      throw SqlErrors.METHOD_ON_NON_XML.raise(SqlTypes.name(type));
    }
    if (call.method().equals("GetRoot") && call.args().isEmpty()) {
      return new Constant(new byte[0], SqlTypes.HIERARCHYID, call.toSql());
    }
    Method m = checked(Method.named(call.method(), true), call.method(), call.args());
    return new HierarchyIdMethodExpr(m, null, arguments(binder, m, call.args()), call.toSql());
  }

  /**
   * {@code col.Method(…)}, which parses as a call of a function named {@code col.Method}: the
   * method when the name before it is a hierarchyid column in scope, null (not a method) otherwise.
   * Only a name the type has, in any letter case (so that {@code col.getlevel()} is 6506), is tried
   * as a method: {@code dbo.fn(…)} stays a function without a column lookup.
   */
  static BoundExpr onColumn(ExpressionBinder binder, FunctionCall f) {
    int dot = f.name().lastIndexOf('.');
    String method = f.name().substring(dot + 1);
    boolean named = Method.isNameInAnyCase(method) || method.equalsIgnoreCase("GetRoot");
    if (dot <= 0 || f.star() || f.distinct() || !named) {
      return null;
    }
    ColumnRef column = new ColumnRef(List.of(f.name().substring(0, dot).split("\\.")));
    BoundExpr target;
    try {
      target = binder.methodTarget(column);
    } catch (SqlException notAColumn) {
      return null;
    }
    if (target.type().id() != TypeId.HIERARCHYID) {
      return null;
    }
    return bind(binder, target, new MethodCall(column, method, f.args()));
  }

  private static Method checked(Method m, String name, List<Expr> args) {
    if (m == null || m.parameters().size() != args.size()) {
      throw ClrTypeErrors.NO_METHOD.raise(name, CLR_TYPE, ASSEMBLY);
    }
    return m;
  }

  private static List<BoundExpr> arguments(ExpressionBinder binder, Method m, List<Expr> args) {
    List<BoundExpr> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      out.add(ClrMethodArguments.converted(binder, binder.value(args.get(i)), m.parameters().get(i)));
    }
    return out;
  }
}
