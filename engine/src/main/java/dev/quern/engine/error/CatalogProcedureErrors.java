package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors and messages of the catalog and maintenance system procedures added for DBAs and
 * ODBC/JDBC drivers (sp_special_columns, sp_recompile, sp_refreshview, sp_helpstats, sp_helpfile,
 * xp_logininfo …), with SQL Server's numbers, severities and us_english texts (sys.messages).
 */
public final class CatalogProcedureErrors {
  private CatalogProcedureErrors() {}

  private static ErrorTemplate e(int n, int sev, String text) {
    return new ErrorTemplate(n, sev, 1, text, STATEMENT);
  }

  /** A catalog procedure's coded argument (sp_special_columns' @col_type, @scope, @nullable). */
  public static final ErrorTemplate INVALID_CODE = e(15251, 16, "Invalid '%s' specified. It must be %s.");

  /** sp_recompile's success message. */
  public static final ErrorTemplate MARKED_FOR_RECOMPILATION = e(15070, 10, "Object '%s' was successfully marked for recompilation.");
  /** sp_refreshview and sp_refreshsqlmodule: no such object (or no permission to see it). */
  public static final ErrorTemplate NO_OBJECT_OR_PERMISSION = e(15165, 16, "Could not find object '%s' or you do not have permission.");
}
