package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.ast.TransactionStatement;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.session.option.SetOption;
import java.util.List;

/**
 * A bound statement, ready to run: names resolved, types known, expressions folded. The
 * interpreter in {@code exec} walks these. {@code line} is where the statement starts.
 */
public sealed interface StatementPlan {
  int line();

  /**
   * SELECT returning rows. {@code fromTable}: reads a table (starts an implicit transaction);
   * {@code maxDop}: its OPTION (MAXDOP n), or -1.
   */
  record Select(int line, QueryPlan query, boolean fromTable, int maxDop) implements StatementPlan {
    public Select(int line, QueryPlan query, boolean fromTable) {
      this(line, query, fromTable, -1);
    }
  }

  /**
   * SELECT @a = x, @b = y …: for each row of the query, {@code values} (reading the row and the
   * variables, converted to the variables' types) are assigned to {@code slots}. When the query
   * is a plain projection, {@code direct} holds the same assignments over the projection's input
   * row, evaluated one by one so that {@code SELECT @a = 1, @b = @a + 1} sees the new @a, as in
   * SQL Server; otherwise {@code direct} is null.
   */
  record AssignSelect(
      int line, QueryPlan query, int[] slots, List<BoundExpr> values, List<BoundExpr> direct,
      boolean fromTable, int maxDop)
      implements StatementPlan {}

  /** DECLARE: runs the initial values (declaration itself happened at bind time). */
  record Declare(int line, List<Assignment> initializers) implements StatementPlan {}

  /** SET @v = value (value already converted to the variable's type). */
  record SetVariable(int line, Assignment assignment) implements StatementPlan {}

  /** One assignment to a variable slot. */
  record Assignment(int slot, BoundExpr value) {}

  /** SET option(s): the word as written or the value expression. */
  record SetOptions(int line, List<SetOption> options, List<String> names, String word, BoundExpr value)
      implements StatementPlan {}

  record Print(int line, BoundExpr value) implements StatementPlan {}

  record WaitFor(int line, boolean delay, BoundExpr value) implements StatementPlan {}

  record Use(int line, String database) implements StatementPlan {}

  record If(int line, BoundExpr condition, StatementPlan then, StatementPlan otherwise)
      implements StatementPlan {}

  record Block(int line, List<StatementPlan> body) implements StatementPlan {}

  record While(int line, BoundExpr condition, StatementPlan body) implements StatementPlan {}

  record Break(int line) implements StatementPlan {}

  record Continue(int line) implements StatementPlan {}

  /** A GOTO target: does nothing when reached in sequence. */
  record Label(int line, String name) implements StatementPlan {}

  /** Jumps to {@code label} (checked to exist in the batch or module when bound). */
  record Goto(int line, String label) implements StatementPlan {}

  /** RETURN [int expression]. */
  record Return(int line, BoundExpr value) implements StatementPlan {}

  record TryCatch(int line, List<StatementPlan> tryBody, List<StatementPlan> catchBody)
      implements StatementPlan {}

  /** THROW with arguments, or a rethrow when {@code number} is null. */
  record Throw(int line, BoundExpr number, BoundExpr message, BoundExpr state)
      implements StatementPlan {}

  record Raiserror(
      int line, BoundExpr message, BoundExpr severity, BoundExpr state, List<BoundExpr> args,
      List<String> options)
      implements StatementPlan {}

  /**
   * EXEC of a procedure: {@code name} as written, or {@code nameExpr} (a variable) when the name
   * is computed; {@code returnSlot} is -1 without {@code @status =}.
   */
  record Execute(
      int line, int returnSlot, String name, BoundExpr nameExpr, List<Argument> args, ResultSetsSpec resultSets,
      dev.quern.catalog.type.SqlType returnType)
      implements StatementPlan {
    /** A call without WITH RESULT SETS. */
    public Execute(int line, int returnSlot, String name, BoundExpr nameExpr, List<Argument> args) {
      this(line, returnSlot, name, nameExpr, args, ResultSetsSpec.UNDEFINED, null);
    }
  }

  /** One EXEC argument: {@code value} null is DEFAULT; {@code outputSlot} ≥ 0 for OUTPUT. */
  record Argument(String name, BoundExpr value, boolean output, int outputSlot, SqlType outputType) {}

  /** RECONFIGURE [WITH OVERRIDE]: stores and installs the configured option values. */
  record Reconfigure(int line) implements StatementPlan {}

  /** CREATE/ALTER/DROP EXTERNAL RESOURCE POOL, ALTER RESOURCE GOVERNOR (exec.ResourceGovernorDdl). */
  record ResourceGovernor(dev.quern.engine.ast.ResourceGovernorStatement statement) implements StatementPlan {
    @Override
    public int line() {
      return statement.line();
    }
  }

  /** KILL session_id. */
  record Kill(int line, long sessionId) implements StatementPlan {}

  /** EXEC ('…'): the text runs as a batch of its own. */
  record ExecuteString(int line, BoundExpr text) implements StatementPlan {}

  /**
   * A statement whose compilation SQL Server defers to run time (deferred name resolution): it
   * raises {@code error} when it runs, e.g. 208 for a table that does not exist.
   */
  record Deferred(int line, dev.quern.engine.error.SqlException error) implements StatementPlan {}

  /**
   * A statement over tables, bound when it runs against the metadata of that moment (deferred
   * name resolution): DDL and DML always, a SELECT when it names a table. {@code error} is what
   * compile-time binding raised (a SELECT's 208), null for DDL/DML.
   */
  record LateBound(
      int line, dev.quern.engine.ast.Statement statement, BindingScope scope,
      dev.quern.engine.error.SqlException error)
      implements StatementPlan {}

  /**
   * A cursor statement, run by exec.CursorExecutor; {@code scope} binds a declared query when the
   * cursor opens. For FETCH: {@code into} the INTO variables' slots (null without INTO) and their
   * {@code intoTypes}, {@code offset} the n of ABSOLUTE and RELATIVE.
   */
  record Cursor(
      int line, dev.quern.engine.ast.CursorStatement statement, BindingScope scope, int[] into,
      List<SqlType> intoTypes, BoundExpr offset)
      implements StatementPlan {}

  /** DBCC {@code command}: its arguments and WITH options (upper case). */
  record Dbcc(int line, String command, List<BoundExpr> arguments, List<String> options)
      implements StatementPlan {}

  /** BEGIN/COMMIT/ROLLBACK/SAVE TRAN; {@code name} null when absent. */
  record Transaction(int line, TransactionStatement.Kind kind, BoundExpr name)
      implements StatementPlan {}
}
