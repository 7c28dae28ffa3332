package dev.quern.engine.binder;

import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.func.FunctionContext;
import dev.quern.engine.func.FunctionRegistry;

/**
 * What binding one batch needs: its variables, the built-in functions, and a context to fold
 * constants with (session facts for deterministic built-ins).
 */
public final class BindContext implements dev.quern.engine.plan.BindingScope {
  private final VariableScope variables;
  private final FunctionRegistry functions;
  private final EvalContext fold;
  private final boolean inProcedure;

  public BindContext(
      VariableScope variables, FunctionRegistry functions, FunctionContext session, boolean inProcedure) {
    this.variables = variables;
    this.functions = functions;
    this.fold = new EvalContext(new Object[0], session);
    this.inProcedure = inProcedure;
  }

  public VariableScope variables() {
    return variables;
  }

  public FunctionRegistry functions() {
    return functions;
  }

  /** The session facts functions fold with (the session's state when compiling for one). */
  public FunctionContext session() {
    return fold.functions;
  }

  EvalContext foldContext() {
    return fold;
  }

  /** Is this a procedure body or sp_executesql (RETURN may carry a value)? */
  public boolean inProcedure() {
    return inProcedure;
  }
}
