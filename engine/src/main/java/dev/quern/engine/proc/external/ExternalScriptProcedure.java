package dev.quern.engine.proc.external;

import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.external.ExternalScripting;
import dev.quern.engine.external.ServerConfiguration;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.WaitStatistics;
import dev.quern.ext.spi.CancellationHandle;
import dev.quern.ext.spi.ExternalRuntime;
import dev.quern.ext.spi.ExternalScriptCancelledException;
import dev.quern.ext.spi.ExternalScriptError;
import dev.quern.ext.spi.ExternalScriptErrors;
import dev.quern.ext.spi.ExternalScriptException;
import dev.quern.ext.spi.ExternalLibraries;
import dev.quern.ext.spi.ExternalScriptRequest;
import java.util.List;
import java.util.UUID;

/**
 * {@code sys.sp_execute_external_script} ("sp_execute_external_script (Transact-SQL)"): runs a
 * script in the runtime for {@code @language} over the rows of {@code @input_data_1}.
 *
 * <pre>
 * check 'external scripts enabled' (39023) and EXECUTE ANY EXTERNAL SCRIPT (297)
 *   → bind arguments and @params values → open @input_data_1 as a pull RowSource
 *   → runtime.execute(request, sink)   ATTENTION: session cancel → CancellationHandle → kill
 *   → result set (unnamed columns) → DONEINPROC → STDERR / STDOUT messages → OUTPUT values
 * </pre>
 */
public final class ExternalScriptProcedure implements SystemProcedure {
  static final String NAME = "sp_execute_external_script";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    SessionState state = host.state();
    ExternalScripting external = state.server().external();
    if (external.configuration().runValue(ServerConfiguration.EXTERNAL_SCRIPTS_ENABLED) == 0) {
      throw SqlErrors.EXTERNAL_SCRIPTS_DISABLED.raise().at(1, NAME);
    }
    if (!dev.quern.engine.external.ExternalScriptPermissions.mayExecuteExternalScript(state)) {
      throw SqlErrors.NO_PERMISSION.raise().at(1, NAME);
    }
    ScriptArguments a = ScriptArguments.bind(args, host);
    String language = a.required("@language");
    String script = a.required("@script");
    UUID requestId = UUID.randomUUID();
    ExternalRuntime runtime = external.runtimes().runtime(language).orElse(null);
    if (runtime == null) {
      throw raise(
          ExternalScriptErrors.launchFailed(
              language, requestId, "ErrorCode 0x80070490: 1168(Element not found.)."),
          host.sink());
    }
    // Before the input query starts, which may use the session's transaction on another thread.
    ExternalLibraries libraries = ScriptLibraries.of(state, language);
    // Taken before the input query starts: it redirects the host's sink on its own thread.
    ResultSink out = host.sink();
    String inputQuery = a.text("@input_data_1");
    InputQuery input =
        inputQuery == null || inputQuery.isBlank() ? null : InputQuery.open(inputQuery, host);
    try {
      ExternalScriptRequest request =
          ExternalScriptRequest.builder(language, script, state.loginName())
              .requestId(requestId)
              .resourcePool(WorkloadGroupClassifier.groupOf(state).externalPool())
              .inputDataName(nameOr(a.text("@input_data_1_name"), ExternalScriptRequest.DEFAULT_INPUT_NAME))
              .outputDataName(nameOr(a.text("@output_data_1_name"), ExternalScriptRequest.DEFAULT_OUTPUT_NAME))
              .input(input)
              .parameters(a.parameters())
              .rowsPerRead(a.rowsPerRead())
              .partitionBy(a.columnList("@input_data_1_partition_by_columns"))
              .orderBy(a.columnList("@input_data_1_order_by_columns"))
              .parallel(a.parallel())
              .libraries(libraries)
              .cancellation(new CancellationHandle())
              .session(state.scriptSession())
              .build();
      run(runtime, request, a, host.state(), out);
    } finally {
      if (input != null) {
        input.close();
      }
    }
    return 0;
  }

  private static void run(
      ExternalRuntime runtime, ExternalScriptRequest request, ScriptArguments a, SessionState state, ResultSink out) {
    ScriptResultSink sink = new ScriptResultSink(out, a);
    Runnable unhook = state.onCancel(request.cancellation()::cancel);
    state.activity().externalScript(request.requestId());
    try (var wait = state.activity().beginWait(WaitStatistics.EXTERNAL_SCRIPT_NETWORK_IO)) {
      runtime.execute(request, sink);
    } catch (ExternalScriptCancelledException e) {
      state.checkCancelled(); // the session was cancelled: unwind as ATTENTION
      throw SqlErrors.INTERNAL_ERROR.raise();
    } catch (ExternalScriptException e) {
      state.checkCancelled();
      throw raise(e, out);
    } finally {
      state.activity().externalScript(null);
      unhook.run();
    }
    sink.finish(state.sessionOptions().has(SessionOptions.NOCOUNT));
  }

  /** Sends all but the last error, then STDERR/STDOUT; returns the last error to raise. */
  private static SqlException raise(ExternalScriptException e, ResultSink out) {
    List<ExternalScriptError> errors = e.errors();
    for (int i = 0; i < errors.size() - 1; i++) {
      out.message(exception(errors.get(i)).toMessage());
    }
    ScriptOutputMessages.send(out, e.stdout(), e.stderr());
    return exception(errors.getLast());
  }

  private static SqlException exception(ExternalScriptError err) {
    return new SqlException(err.number(), err.severity(), err.state(), err.message(), Abort.STATEMENT)
        .at(1, NAME);
  }

  private static String nameOr(String v, String dflt) {
    return v == null || v.isBlank() ? dflt : v.strip();
  }
}
