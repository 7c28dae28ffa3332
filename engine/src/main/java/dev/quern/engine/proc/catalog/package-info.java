/**
 * The catalog stored procedures ("Catalog Stored Procedures (Transact-SQL)") that ODBC and JDBC
 * drivers call behind SQLTables/SQLColumns/SQLPrimaryKeys and getTables/getColumns/getPrimaryKeys
 * (sp_tables, sp_columns, sp_columns_100, sp_pkeys, sp_fkeys, sp_databases, sp_special_columns,
 * sp_table_privileges, sp_column_privileges), and sp_help, sp_helpsort, sp_helpfile and
 * sp_helpfilegroup, which people call: result sets in SQL Server's documented column layout, read from the session's view
 * of the current database's metadata.
 *
 * <p>Depends on {@code proc} (the procedure contract), {@code proc.odbc} (ODBC type codes),
 * {@code api}, {@code session}, {@code sys} (max_length) and {@code catalog.meta}, and on the
 * parser for a stored procedure's parameters (sp_help), as calls of procedures do; must not
 * import {@code exec}.
 */
package dev.quern.engine.proc.catalog;
