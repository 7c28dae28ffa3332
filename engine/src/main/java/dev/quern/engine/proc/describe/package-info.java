/**
 * Metadata discovery without running: sp_describe_first_result_set and
 * sp_describe_undeclared_parameters. A batch is parsed and bound as the engine compiles it, with
 * the binder deducing undeclared parameters ({@code binder.UndeclaredParameters}); the first result
 * set is read off the plans of every control path. May import the parser, binder, plan and
 * session; never exec (nothing here runs) or the wire.
 */
package dev.quern.engine.proc.describe;
