/**
 * The built-in scalar functions: a {@link dev.quern.engine.func.FunctionRegistry} of small {@link
 * dev.quern.engine.func.ScalarFunction} classes, one per function or small family (string, math,
 * date, metadata, @@ functions, SERVERPROPERTY), each checking its argument count (174/189) and
 * types (8116) and computing with {@code catalog.value}'s semantics. Session facts come through
 * {@link dev.quern.engine.func.FunctionContext}, which the session implements.
 *
 * <p>Syntax-level forms are not here: CAST/CONVERT, IIF, and the aggregates belong to the parser
 * and binder. The one operator computed here is AT TIME ZONE ({@link
 * dev.quern.engine.func.AtTimeZoneFunction}), which the binder calls by reference (it has no name
 * in the registry). Must not import the parser, binder, executor, session or the wire; only {@code
 * catalog.type}, {@code catalog.value} and {@code crypto} (the message formats of the encryption
 * built-ins; the keys themselves come through {@link dev.quern.engine.func.EncryptionKeys}), and
 * RE2/J ({@code com.google.re2j}), the engine of the REGEXP_* functions ({@link
 * dev.quern.engine.func.RegexpFunction}, {@link dev.quern.engine.func.RegexpTable}).
 */
package dev.quern.engine.func;
