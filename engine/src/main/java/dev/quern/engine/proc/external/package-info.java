/**
 * sp_execute_external_script (ml-services.md §1): checks 'external scripts enabled' and EXECUTE
 * ANY EXTERNAL SCRIPT, binds the procedure's parameters and {@code @params} values, streams the
 * rows of {@code @input_data_1} to the runtime through a pull-based {@link
 * dev.quern.ext.spi.RowSource} (never materialized), and turns what the runtime sends back into
 * an unnamed result set, OUTPUT parameter values, STDOUT/STDERR messages and SQL Server's errors.
 *
 * <p>Decisions where SQL Server's behaviour is undocumented (ml-services.md §10):
 *
 * <ul>
 *   <li>STDOUT/STDERR: one INFO message (number 0, severity 0, like PRINT) per stream holding the
 *       header line and the text; text longer than {@value
 *       dev.quern.engine.proc.external.ScriptOutputMessages#CHUNK} characters continues in further
 *       INFO messages. STDERR comes before STDOUT, on success as on failure.
 *   <li>A script error: all but the last error of the pair (39004) go to the client at once, then
 *       STDERR and STDOUT, then the last one (39019, with the traceback) is raised, so TRY…CATCH
 *       sees 39019 and ERROR_MESSAGE() holds the traceback.
 *   <li>{@code @input_data_1} must compile to exactly one SELECT; anything else is 39019.
 *   <li>A value for a parameter that {@code @params} does not declare is 8145; a declared
 *       parameter without a value is 201.
 * </ul>
 *
 * <p>Must not import the executor, the wire, or any runtime module (runtimes come through {@link
 * dev.quern.ext.spi.ExternalRuntimes}).
 */
package dev.quern.engine.proc.external;
