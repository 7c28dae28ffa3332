/**
 * The one catalog of SQL Server errors the engine raises ({@link dev.quern.engine.error.SqlErrors})
 * and the exception that carries them through compile and execution.
 *
 * <p>Numbers, severities, states and texts follow sys.messages (us_english). One number is not
 * verified against a real server: 2731 for an unknown SET LANGUAGE. Must not import the wire.
 */
package dev.quern.engine.error;
