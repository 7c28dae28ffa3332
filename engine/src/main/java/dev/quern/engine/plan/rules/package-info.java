/**
 * The optimizer: rewrite rules over bound plan trees (one rule per class, listed in order in
 * {@link dev.quern.engine.plan.rules.Optimizer}): seeks ({@code KeySeek} finds equalities and a range
 * on an index's leading key columns, for SELECT and for UPDATE/DELETE alike; a filtered index
 * only when the WHERE implies its filter, {@code FilterImplication}), ordered index reads that drop a
 * sort, covering reads of index entries that skip the row lookup, and hash joins for joins on
 * column equalities, and the index a filtered read lacked (sys.dm_db_missing_index_details). The
 * tables' INDEX, FORCESEEK and FORCESCAN hints limit what the rules may choose, and an optimized plan
 * that cannot meet them is error 8622 ({@code ForcedAccessCheck}). A rewrite never
 * drops a predicate: the filter stays above a seek, so a seek only has to return a superset.
 * Imports plan, expr, error, the catalog model and store's {@code FilterPredicate}; never exec, binder or
 * the wire.
 */
package dev.quern.engine.plan.rules;
