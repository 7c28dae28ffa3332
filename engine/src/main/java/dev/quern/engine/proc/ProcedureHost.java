package dev.quern.engine.proc;

import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.session.SessionState;
import java.util.List;

/** What system procedures may ask of the interpreter running them. */
public interface ProcedureHost {
  SessionState state();

  ResultSink sink();

  /** Compiles a parameterized statement (compile errors are raised, not reported). */
  BatchPlan compile(String sql, List<ParameterDefinition> params, String paramText);

  /**
   * Compiles a stored procedure's body ({@code body}: its definition from {@code bodyAt} on, blank
   * lines ahead), its plan showing the whole {@code definition} (see {@code Compiler.module}).
   */
  BatchPlan compileModule(String definition, int bodyAt, String body, List<ParameterDefinition> params, String paramText);

  /**
   * The ShowPlanXML document of {@code batchText} compiled now, without running it (as SET
   * SHOWPLAN_XML shows it); null when it no longer compiles.
   */
  String showplanXml(String batchText);

  /** Compiles a scalar function's body (see {@code Compiler.function}). */
  BatchPlan compileFunction(String sql, List<ParameterDefinition> params, String paramText, dev.quern.catalog.type.SqlType returns);

  /**
   * Runs a function's body nested like {@link #run}: nothing it does reaches the client, and its
   * first error ends it and is thrown to the statement that called it.
   */
  void runFunction(BatchPlan plan, Object[] frame, String functionName);

  /**
   * Runs a trigger's body nested like {@link #run} (what it selects reaches the client): an error
   * in it other than RAISERROR's is reported and ends the statement that fired it, the
   * transaction and the batch.
   */
  void runTrigger(BatchPlan plan, Object[] frame, String triggerName);

  /**
   * Runs a compiled plan as a nested batch ("in proc") with the given initial variable slots;
   * returns the RETURN status (0 when none).
   */
  int run(BatchPlan plan, Object[] frame, String procName);

  /**
   * Runs a stored procedure's body like {@link #run}, as one call of procedure {@code objectId}
   * (counted in sys.dm_exec_procedure_stats).
   */
  default int runProcedure(BatchPlan plan, Object[] frame, String procName, int objectId) {
    return run(plan, frame, procName);
  }

  /**
   * Runs a compiled plan nested like {@link #run}, but everything it produces (result sets, done,
   * messages) goes to {@code capture} instead of the client; errors are reported to it as usual.
   */
  int runCapturing(BatchPlan plan, Object[] frame, ResultSink capture);
}
