/**
 * Client tests: each class drives one real client (mssql-jdbc, jTDS, FreeTDS {@code tsql},
 * pyodbc and pymssql through pytest) through one feature against a real server process started
 * by {@link dev.quern.it.support.QuernServer}. Expectations are SQL Server's behaviour: values,
 * type names the drivers report, error numbers and texts.
 *
 * <p>Must not import Quern's own modules: only the wire is under test.
 */
package dev.quern.it;
