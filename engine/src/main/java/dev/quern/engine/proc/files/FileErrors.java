package dev.quern.engine.proc.files;

import dev.quern.engine.error.Abort;
import dev.quern.engine.error.ErrorTemplate;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.proc.ProcArg;
import java.nio.file.Path;

/**
 * What the file procedures share: their errors with SQL Server's numbers and texts (22048 "…
 * returned error n, '…'" carries the operating system's error number and text, as on Windows;
 * 22049 for a parameter the procedure cannot use) and reading a path.
 */
final class FileErrors {
  static final ErrorTemplate RETURNED_ERROR = new ErrorTemplate(22048, 16, 1, "%s() returned error %d, '%s'", Abort.STATEMENT);
  static final ErrorTemplate INVALID_PARAMETER =
      new ErrorTemplate(22049, 15, 0, "Error executing extended stored procedure: Invalid Parameter", Abort.STATEMENT);

  /** Windows' codes for what went wrong, which the 22048 text names. */
  static final int FILE_NOT_FOUND = 2;
  static final int ACCESS_DENIED = 5;
  static final int ALREADY_EXISTS = 183;

  private FileErrors() {}

  /** The absolute path an argument names; 22049 for NULL, an empty or a relative path. */
  static Path path(ProcArg arg) {
    if (arg == null || arg.value() == null) {
      throw INVALID_PARAMETER.raise();
    }
    String text = arg.value().toString().strip();
    Path p;
    try {
      p = Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      throw INVALID_PARAMETER.raise();
    }
    if (text.isEmpty() || !p.isAbsolute()) {
      throw INVALID_PARAMETER.raise();
    }
    return p.normalize();
  }

  static SqlException failed(String procedure, int code) {
    String text = switch (code) {
      case FILE_NOT_FOUND -> "The system cannot find the file specified.";
      case ACCESS_DENIED -> "Access is denied.";
      case ALREADY_EXISTS -> "Cannot create a file when that file already exists.";
      default -> "The system cannot find the path specified.";
    };
    return RETURNED_ERROR.raise(procedure, code, text);
  }
}
