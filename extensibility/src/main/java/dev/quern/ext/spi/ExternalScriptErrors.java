package dev.quern.ext.spi;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The SQL Server errors an external script call can end with, with their documented numbers,
 * severities, states and texts (ml-services.md §1.6). The request id is appended in the SQL Server
 * 2022 form, upper-case like T-SQL prints a uniqueidentifier.
 */
public final class ExternalScriptErrors {
  /** The inner text SQL Server's satellite puts around a script failure. */
  public static final String ERROR_IN_EXECUTION =
      "Error in execution.  Check the output for more information.";

  private ExternalScriptErrors() {}

  /** 39004 + 39019: the script raised; {@code traceback} is the Python traceback text. */
  public static ExternalScriptException scriptError(
      String language, UUID requestId, String traceback) {
    String first =
        "A '%s' script error occurred during execution of 'sp_execute_external_script' with HRESULT 0x80004004. External script request id is %s."
            .formatted(language, id(requestId));
    String detail =
        ERROR_IN_EXECUTION
            + "\n"
            + traceback
            + "\n\nSqlSatelliteCall error: "
            + ERROR_IN_EXECUTION;
    return new ExternalScriptException(
        List.of(new ExternalScriptError(39004, 16, 20, first), inner(detail)));
  }

  /** 39021 + 39019: the runtime could not be started (interpreter missing, import failure...). */
  public static ExternalScriptException launchFailed(
      String language, UUID requestId, String reason) {
    String first =
        "Unable to launch runtime for '%s' script for request id: %s. Please check the configuration of the '%s' runtime."
            .formatted(language, id(requestId), language);
    return new ExternalScriptException(
        List.of(
            new ExternalScriptError(39021, 16, 1, first),
            inner("Unable to launch the runtime. " + reason)));
  }

  /** 39012 + 39019: the satellite died or stopped answering in the middle of the call. */
  public static ExternalScriptException runtimeLost(
      String language, UUID requestId, String reason) {
    String first =
        "Unable to communicate with the runtime for '%s' script for request id: %s. Please check the requirements of '%s' runtime."
            .formatted(language, id(requestId), language);
    return new ExternalScriptException(
        List.of(new ExternalScriptError(39012, 16, 14, first), inner(reason)));
  }

  private static ExternalScriptError inner(String detail) {
    return new ExternalScriptError(39019, 16, 2, "An external script error occurred: \n" + detail);
  }

  private static String id(UUID requestId) {
    return requestId.toString().toUpperCase(Locale.ROOT);
  }
}
