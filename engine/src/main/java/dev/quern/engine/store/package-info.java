/**
 * The engine's side of storage: opening the stores ({@link dev.quern.engine.store.Storage}: the
 * durable main store and the tempdb store, system databases bootstrapped), a session's storage
 * transaction ({@link dev.quern.engine.store.StoreSession}, kept in step with @@TRANCOUNT, an
 * autocommit transaction per statement outside one, a savepoint per statement inside one),
 * resolving object names ({@link dev.quern.engine.store.ObjectNames}: current database, the user's
 * default schema (or the running module's schema) then dbo,
 * #temp names private to a session, {@code @t} table variables private to a batch) and rebuilding
 * a table under a new definition; the WHERE of filtered indexes ({@link
 * dev.quern.engine.store.FilterPredicate}: checked at CREATE INDEX, tested on each row written,
 * stored as filter_definition); what a disabled index forbids to the statements that read a table
 * ({@link dev.quern.engine.store.DisabledIndexes}: 8655, 315); stored expressions following a
 * renamed column. Table variables ({@link dev.quern.engine.store.TableVariables})
 * are tempdb tables dropped when their batch ends and carried across a user transaction's
 * rollback ({@code TableVariableRescue}), as SQL Server leaves them out of transactions.
 *
 * <p>Statements over tables are bound when they run (see {@code StatementPlan.LateBound}): the
 * binder asks this package for tables only while a table statement runs, so every plan that
 * touches a table sees the metadata of its own transaction. May import the catalog ({@code kv},
 * {@code meta}, {@code rocks} only to open stores), {@code expr} and {@code session}; never the
 * binder, exec or the wire.
 */
package dev.quern.engine.store;
