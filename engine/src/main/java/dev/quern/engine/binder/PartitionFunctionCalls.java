package dev.quern.engine.binder;

import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.error.PartitionErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.PartitionNumberExpr;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * Binds {@code [database.]$PARTITION.function(expression)}: the function of the current (or named)
 * database (208 when there is none), one argument converted to its parameter type as an
 * assignment would be.
 */
final class PartitionFunctionCalls {
  private PartitionFunctionCalls() {}

  /** Whether {@code parts} name a $PARTITION call: the part before the function is $PARTITION. */
  static boolean names(List<String> parts) {
    return parts.size() >= 2 && parts.size() <= 3 && parts.get(parts.size() - 2).equalsIgnoreCase("$PARTITION");
  }

  static BoundExpr bind(FunctionCall f, List<String> parts, ExpressionBinder exprs, BindContext bind) {
    String name = parts.getLast();
    if (!(bind.session() instanceof SessionState state)) {
      throw PartitionErrors.INVALID_OBJECT.raise(name);
    }
    String dbName = parts.size() == 3 ? parts.getFirst() : state.databaseName();
    var storage = state.store().storage();
    Database db = state.store().metadata(storage.main()).database(dbName)
        .orElseThrow(() -> SqlErrors.DATABASE_NOT_EXIST.raise(dbName));
    PartitionFunction fn = state.store().metadata(storage.catalog(db.id())).partitions().function(db.id(), name)
        .orElseThrow(() -> PartitionErrors.INVALID_OBJECT.raise(name));
    if (f.args().size() != 1) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("$PARTITION." + name, 1);
    }
    BoundExpr value = exprs.implicit(exprs.value(f.args().getFirst()), fn.parameterType());
    return new PartitionNumberExpr(db.id(), fn.name(), value, f.toSql());
  }
}
