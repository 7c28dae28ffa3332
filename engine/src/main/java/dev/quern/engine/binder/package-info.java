/**
 * The binder: AST in, plans out. Resolves variables (slots in a frame), columns, built-in
 * functions and SET options; computes types with the catalog's rules; inserts conversions;
 * folds constants; checks what SQL Server checks at compile time (137, 134, 195, 207, 8120 …).
 * Imports ast, expr, plan, func, session.option and error; never exec or the wire.
 *
 * <p>Binding is linear in a query's size: a source bound early to learn its columns ({@code
 * SELECT *}, PIVOT, APPLY) keeps that binding for the real one ({@code LearnedSources}), every
 * source bound counts towards 8623, and every source and query block checks the request's cancel.
 */
package dev.quern.engine.binder;
