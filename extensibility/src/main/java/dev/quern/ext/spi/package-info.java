/**
 * The contract between the engine and language runtimes for {@code sp_execute_external_script}.
 *
 * <p>The engine builds an {@link dev.quern.ext.spi.ExternalScriptRequest} (the procedure's
 * parameters, the caller's login and external resource pool, a pull-based {@link
 * dev.quern.ext.spi.RowSource} over {@code @input_data_1}, read as rows or in {@link
 * dev.quern.ext.spi.ColumnBatch}es, a {@link
 * dev.quern.ext.spi.CancellationHandle}) and calls {@link dev.quern.ext.spi.ExternalRuntime#execute}
 * on the runtime {@link dev.quern.ext.spi.ExternalRuntimes} found for {@code @language}. Results
 * stream into an {@link dev.quern.ext.spi.ExternalScriptSink}; failures are {@link
 * dev.quern.ext.spi.ExternalScriptException}s carrying SQL Server's errors ({@link
 * dev.quern.ext.spi.ExternalScriptErrors}).
 *
 * <p>Values everywhere use the Java representation documented on {@link
 * dev.quern.catalog.type.TypeId}. Must not import the engine, the server or any runtime module.
 */
package dev.quern.ext.spi;
