/**
 * Indexed views ("Create indexed views"): a unique clustered index on a schema-bound view stores the
 * view's rows in a hidden table ({@link dev.quern.catalog.meta.IndexedViewRows}) whose indexes are
 * the view's; the rules SQL Server checks when the index is created ({@link IndexedViewRules}); the
 * statements that keep the rows current when a base table changes, run in the changing statement
 * ({@link IndexedViewMaintenance}, from the delta of the changed rows); and the DDL ({@link
 * IndexedViewDdl}). Imports ast, parser, binder, session, store, error and catalog meta; the
 * executor calls in, never the other way.
 */
package dev.quern.engine.indexedview;
