/**
 * Metadata discovery without running: sp_describe_first_result_set,
 * sp_describe_undeclared_parameters and the rows of sys.dm_exec_describe_first_result_set. A
 * batch is parsed and bound as the engine compiles it, inside one table statement, with the binder
 * deducing undeclared parameters ({@code binder.UndeclaredParameters}); the first result set is
 * read off the plans of every control path ({@code FirstResultSet}), stored procedures called by
 * EXEC included. May import the parser, binder, plan, store and session; never exec (nothing here
 * runs) or the wire.
 */
package dev.quern.engine.proc.describe;
