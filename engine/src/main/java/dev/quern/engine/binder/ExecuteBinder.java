package dev.quern.engine.binder;

import dev.quern.engine.ast.ExecuteStatement;
import dev.quern.engine.ast.VariableRef;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.StatementPlan;
import java.util.ArrayList;
import java.util.List;

/** Binds EXEC of a procedure: the name, the return-status variable and the arguments. */
final class ExecuteBinder {
  private final BindContext bind;
  private final ExpressionBinder exprs;

  ExecuteBinder(BindContext bind, ExpressionBinder exprs) {
    this.bind = bind;
    this.exprs = exprs;
  }

  StatementPlan bind(ExecuteStatement e) {
    VariableScope.Variable returnVariable = e.returnVariable() == null ? null : bind.variables().resolve(e.returnVariable());
    int returnSlot = returnVariable == null ? -1 : returnVariable.slot();
    BoundExpr nameExpr = e.procVariable() == null ? null : exprs.value(new VariableRef(e.procVariable()));
    List<StatementPlan.Argument> args = new ArrayList<>();
    FormalParameters formals = bind.undeclared() == null ? FormalParameters.NONE : FormalParameters.of(bind, e.procName());
    boolean named = false;
    int position = 0;
    for (ExecuteStatement.Argument a : e.args()) {
      position++;
      if (a.name() != null) {
        named = true;
      } else if (named) {
        throw SqlErrors.NAMED_AFTER_POSITIONAL.raise(position);
      }
      args.add(argument(a, formals.find(a.name(), position - 1), formals));
    }
    String name = e.procVariable() == null ? String.join(".", e.procName()) : null;
    return new StatementPlan.Execute(
        e.line(), returnSlot, name, nameExpr, List.copyOf(args), resultSets(e.resultSets()),
        returnVariable == null ? null : returnVariable.type());
  }

  private static dev.quern.engine.plan.ResultSetsSpec resultSets(dev.quern.engine.ast.ResultSetsClause c) {
    return switch (c.kind()) {
      case UNDEFINED -> dev.quern.engine.plan.ResultSetsSpec.UNDEFINED;
      case NONE -> dev.quern.engine.plan.ResultSetsSpec.NONE;
      case DEFINED ->
          new dev.quern.engine.plan.ResultSetsSpec(
              c.sets().stream()
                  .map(set -> {
                    List<dev.quern.engine.plan.ResultSetsSpec.Column> cols = new ArrayList<>();
                    for (int i = 0; i < set.size(); i++) {
                      var col = set.get(i);
                      cols.add(new dev.quern.engine.plan.ResultSetsSpec.Column(
                          col.name(), TypeResolver.forDeclare(col.type(), i + 1),
                          col.nullable() == null || col.nullable()));
                    }
                    return List.copyOf(cols);
                  })
                  .toList());
    };
  }

  private StatementPlan.Argument argument(
      ExecuteStatement.Argument a, dev.quern.engine.ast.ProcedureParameter formal, FormalParameters formals) {
    String undeclared = a.value() == null ? null : UndeclaredParameters.undeclared(bind, a.value());
    if (undeclared == null && a.value() instanceof VariableRef v && !a.output() && !isScalarVariable(v.name())) {
      // A table variable passed to a table-valued parameter (or an undeclared name: 137 when run).
      return new StatementPlan.Argument(a.name(), new TableVariableArgument(v.name()), false, -1, null);
    }
    if (undeclared != null && formal != null) {
      // Metadata discovery: the argument takes the formal parameter's type (and name).
      var type = ParameterTypes.resolve(formal.definition(), formals.ordinal(formal));
      bind.undeclared().deduce(bind.variables(), undeclared, type, a.output(), formal.name());
    }
    BoundExpr value = a.value() == null ? null : exprs.value(a.value());
    if (a.output() && a.value() instanceof VariableRef v) {
      VariableScope.Variable var = bind.variables().resolve(v.name());
      return new StatementPlan.Argument(a.name(), value, true, var.slot(), var.type());
    }
    return new StatementPlan.Argument(a.name(), value, false, -1, null);
  }

  private boolean isScalarVariable(String name) {
    if (name.startsWith("@@")) {
      return true; // @@ROWCOUNT and the other system functions
    }
    try {
      bind.variables().resolve(name);
      return true;
    } catch (dev.quern.engine.error.SqlException e) {
      return false;
    }
  }
}
