package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.proc.UserFunctionExpr;
import dev.quern.engine.proc.UserFunctions;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a call of a scalar user-defined function, {@code schema.name(args)} (SQL Server requires
 * the schema: a one-part name is a built-in or 195). Each argument is converted to its parameter's
 * type as an assignment would be; DEFAULT stands for the parameter's default; every parameter must
 * be given (313 for fewer, 8144 for more); the call's type is the function's RETURNS type.
 */
final class UserFunctionCalls {
  private UserFunctionCalls() {}

  static BoundExpr scalar(FunctionCall f, ExpressionBinder exprs, BindContext bind) {
    List<String> parts = List.of(f.name().split("\\.", -1));
    UserFunctions.Found found = find(bind, parts, f.name(), "FN");
    List<SqlType> types = found.parameterTypes();
    UserFunctions.checkArity(f.args().size(), types.size(), f.name());
    List<BoundExpr> args = new ArrayList<>();
    var tables = found.tableTypes();
    for (int i = 0; i < types.size(); i++) {
      Expr a = f.args().get(i);
      args.add(isDefault(a) ? null
          : tables.get(i) != null ? TableArguments.bind(a, tables.get(i), exprs)
          : exprs.implicit(exprs.value(a), types.get(i)));
    }
    return new UserFunctionExpr(parts, f.name(), args, found.returns(), f.toSql());
  }

  /** Whether an argument is the DEFAULT keyword. */
  static boolean isDefault(Expr a) {
    return a instanceof Literal l && l.kind() == Literal.Kind.DEFAULT;
  }

  /** The function {@code parts} names, of sys.objects type {@code type}; 4121 when there is none. */
  static UserFunctions.Found find(BindContext bind, List<String> parts, String written, String... types) {
    if (parts.size() >= 2 && parts.size() <= 3 && bind.session() instanceof SessionState state) {
      var found = UserFunctions.find(state, parts);
      if (found.isPresent() && List.of(types).contains(found.get().function().typeCode())) {
        return found.get();
      }
    }
    throw SqlErrors.FUNCTION_NOT_FOUND.raise(parts.size() >= 2 ? parts.get(parts.size() - 2) : written, written);
  }
}
