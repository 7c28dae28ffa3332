/**
 * What the server counts about the statements it runs, as SQL Server's plan cache DMVs show it
 * (sys.dm_exec_query_stats, dm_exec_cached_plans, dm_exec_procedure_stats, dm_exec_trigger_stats):
 * one {@link PlanCache} per engine, holding a {@link CachedPlan} per batch, procedure or trigger
 * text and a {@link StatementStats} per statement in it; {@link IndexUsage} and {@link
 * MissingIndexes} for the index DMVs. The executor ({@code exec}) records into
 * them; the views ({@code sys}) read them. Imports nothing of the plan or executor packages.
 */
package dev.quern.engine.stats;
