package dev.quern.ext.spi;

import java.util.List;

/**
 * An external script call failed. Carries the SQL Server errors to raise, in order (e.g. 39004
 * then 39019 with the Python traceback), and what the script printed before failing: SQL Server
 * sends the errors first, then the STDERR block, then the STDOUT block (ml-services.md §1.5).
 */
public class ExternalScriptException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ExternalScriptError> errors;
  private final String stdout;
  private final String stderr;

  public ExternalScriptException(List<ExternalScriptError> errors, String stdout, String stderr) {
    super(errors.isEmpty() ? "external script cancelled" : describe(errors));
    this.errors = List.copyOf(errors);
    this.stdout = stdout == null ? "" : stdout;
    this.stderr = stderr == null ? "" : stderr;
  }

  public ExternalScriptException(List<ExternalScriptError> errors) {
    this(errors, "", "");
  }

  private static String describe(List<ExternalScriptError> errors) {
    StringBuilder b = new StringBuilder();
    for (ExternalScriptError e : errors) {
      b.append(b.isEmpty() ? "" : "\n").append("Msg ").append(e.number()).append(": ").append(e.message());
    }
    return b.toString();
  }

  /** The errors to raise, in the order SQL Server raises them. */
  public List<ExternalScriptError> errors() {
    return errors;
  }

  /** What the script wrote to stdout before the failure (capped; may be empty). */
  public String stdout() {
    return stdout;
  }

  /** What the script wrote to stderr before the failure (capped; may be empty). */
  public String stderr() {
    return stderr;
  }

  /** A copy with the given captured output attached. */
  public ExternalScriptException withOutput(String out, String err) {
    if (this instanceof ExternalScriptCancelledException) {
      return this;
    }
    return new ExternalScriptException(errors, out, err);
  }
}
