/**
 * The ODBC catalog procedures drivers call behind SQLGetTypeInfo and friends
 * ({@code sp_datatype_info}, {@code sp_datatype_info_100}): fixed metadata about SQL Server's types
 * in the layout ODBC defines, computed from tables here, never from the catalog store.
 *
 * <p>Depends on {@code proc} (the procedure contract), {@code api} and {@code catalog.type}; must not
 * import {@code exec} or the parser.
 */
package dev.quern.engine.proc.odbc;
