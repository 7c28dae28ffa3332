package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.expr.Predicate;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.Optional;

/**
 * The functions of a trigger's body: UPDATE(column), whether the firing statement assigned the
 * column (an INSERT assigns them all), COLUMNS_UPDATED(), the same as a bit mask, TRIGGER_NESTLEVEL(), how many triggers are running, and
 * EVENTDATA(), the xml document of the event that fired a DDL trigger (NULL elsewhere).
 */
final class TriggerFunctions {
  private TriggerFunctions() {}

  /** UPDATE(column), bound in a trigger's body; empty elsewhere (not a built-in there: 195). */
  static Optional<BoundExpr> updated(BindContext bind, FunctionCall f) {
    if (!(bind.session() instanceof SessionState state) || state.trigger() == null || state.trigger().ddl()
        || !f.parens()) {
      return Optional.empty();
    }
    if (f.args().size() != 1 || !(f.args().getFirst() instanceof ColumnRef c) || c.parts().size() != 1) {
      throw SqlErrors.SYNTAX_NEAR.raise("(");
    }
    String name = c.name();
    if (state.trigger().columns().stream().noneMatch(col -> col.name().equalsIgnoreCase(name))) {
      throw SqlErrors.INVALID_COLUMN.raise(name);
    }
    return Optional.of(new Predicate() {
      @Override
      public Object eval(EvalContext ctx) {
        return ((SessionState) ctx.functions).trigger().assigned(name);
      }

      @Override
      public String toSql() {
        return "UPDATE(" + name + ")";
      }
    });
  }

  /**
   * COLUMNS_UPDATED(), bound in a DML trigger's body: varbinary with a bit per column the firing
   * statement assigned ({@link dev.quern.engine.session.TriggerFrame#columnsUpdated}); empty
   * elsewhere (not a built-in there: 195).
   */
  static Optional<BoundExpr> columnsUpdated(BindContext bind, FunctionCall f) {
    if (!(bind.session() instanceof SessionState state) || state.trigger() == null || state.trigger().ddl()) {
      return Optional.empty();
    }
    if (!f.args().isEmpty()) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("columns_updated", 0);
    }
    return Optional.of(new BoundExpr() {
      @Override
      public SqlType type() {
        return SqlType.ofLength(dev.quern.catalog.type.TypeId.VARBINARY, 128); // 1,024 columns at most
      }

      @Override
      public boolean nullable() {
        return false;
      }

      @Override
      public Object eval(EvalContext ctx) {
        return ((SessionState) ctx.functions).trigger().columnsUpdated();
      }

      @Override
      public String toSql() {
        return "COLUMNS_UPDATED()";
      }
    });
  }

  /**
   * EVENTDATA(): the EVENT_INSTANCE document of the DDL event whose trigger's body runs it; NULL
   * outside DDL triggers and in what such a body calls ("EVENTDATA (Transact-SQL)"). Not foldable:
   * it is read when evaluated.
   */
  static BoundExpr eventData(FunctionCall f) {
    if (!f.args().isEmpty()) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("eventdata", 0);
    }
    return new BoundExpr() {
      @Override
      public SqlType type() {
        return SqlTypes.XML;
      }

      @Override
      public boolean nullable() {
        return true;
      }

      @Override
      public Object eval(EvalContext ctx) {
        SessionState state = (SessionState) ctx.functions;
        var frame = state.trigger();
        return frame == null ? null : frame.eventData(state.nestLevel());
      }

      @Override
      public String toSql() {
        return "EVENTDATA()";
      }

      @Override
      public List<BoundExpr> operands() {
        return List.of();
      }
    };
  }

  /** TRIGGER_NESTLEVEL(): 0 outside triggers, 1 in one fired by a batch's statement, and so on. */
  static BoundExpr nestLevel(FunctionCall f) {
    if (!f.args().isEmpty()) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("TRIGGER_NESTLEVEL(object_id)");
    }
    return new BoundExpr() {
      @Override
      public SqlType type() {
        return SqlTypes.INT;
      }

      @Override
      public boolean nullable() {
        return false;
      }

      @Override
      public Object eval(EvalContext ctx) {
        return ((SessionState) ctx.functions).triggers().size();
      }

      @Override
      public String toSql() {
        return "TRIGGER_NESTLEVEL()";
      }

      @Override
      public List<BoundExpr> operands() {
        return List.of();
      }
    };
  }
}
