package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.func.RegexArguments;
import dev.quern.engine.func.RegexArguments.Role;
import dev.quern.engine.func.RegexpTable;
import dev.quern.engine.plan.RegexpTableNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Binds REGEXP_MATCHES and REGEXP_SPLIT_TO_TABLE: two or three arguments (313 too few, 8144 too
 * many, as SQL Server counts a built-in table function's), typed as the scalar REGEXP_* functions'
 * (8116); an untyped NULL is a NULL varchar, as SQL Server reads it.
 */
final class RegexpTableFunctions {
  private static final List<Role> ROLES = List.of(Role.SOURCE, Role.PATTERN, Role.FLAGS);

  private RegexpTableFunctions() {}

  static SourceBinder.Bound bind(TableSource.Function f, ExpressionBinder exprs, RegexpTable table) {
    String written = table.name().toLowerCase(Locale.ROOT);
    if (f.args().size() < 2) {
      throw SqlErrors.TOO_FEW_ARGUMENTS.raise(written);
    }
    if (f.args().size() > 3) {
      throw SqlErrors.TOO_MANY_ARGUMENTS.raise(written);
    }
    List<BoundExpr> args = new ArrayList<>();
    for (var a : f.args()) {
      BoundExpr b = exprs.value(a);
      args.add(ExpressionBinder.isUntypedNull(b) ? new Constant(null, SqlType.ofLength(TypeId.VARCHAR, 1), "NULL") : b);
    }
    try {
      RegexArguments.check(written, args.stream().map(BoundExpr::type).toList(), ROLES.subList(0, args.size()));
    } catch (SqlValueException ex) {
      throw ExpressionBinder.compileError(ex);
    }
    SqlType valueType = args.getFirst().type();
    if (ExpressionBinder.isUntypedNull(exprs.value(f.args().getFirst()))) {
      valueType = SqlType.ofLength(TypeId.VARCHAR, SqlTypes.MAX_BYTES);
    }
    var node = new RegexpTableNode(table, args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, valueType);
    return new SourceBinder.Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }
}
