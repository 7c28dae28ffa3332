/**
 * Execution plans as SQL Server shows them (SET SHOWPLAN_XML, SHOWPLAN_TEXT, SHOWPLAN_ALL,
 * sys.dm_exec_query_plan): Quern's plan trees ({@code plan}) translated into SQL Server's operator
 * vocabulary ({@link dev.quern.engine.showplan.PlanOperator}, built by {@link
 * dev.quern.engine.showplan.OperatorMapper}), with estimates from {@link
 * dev.quern.engine.showplan.Estimates}, then written as a ShowPlanXML document ({@link
 * dev.quern.engine.showplan.ShowplanXml}) or as the rows of the text forms ({@link
 * dev.quern.engine.showplan.ShowplanRows}).
 *
 * <p>Mapping decisions (a Quern operator without a SQL Server twin takes the closest name): a
 * TableScan of a table with a clustered index is a Clustered Index Scan, of a heap a Table Scan;
 * an IndexSeek without keys is an (ordered) index scan; a seek on a nonclustered index that does
 * not cover the query is an Index Seek joined by Nested Loops to a Key Lookup (RID Lookup on a
 * heap); JoinNode and ApplyNode are Nested Loops, HashJoinNode a Hash Match; an aggregate with
 * GROUP BY is a Hash Match (Aggregate) and without a Stream Aggregate, as Quern's operator hashes;
 * DISTINCT is a Hash Match (Flow Distinct); OFFSET/FETCH is a Top; window functions are a Sequence
 * Project; UNION ALL a Concatenation, UNION/INTERSECT/EXCEPT a Hash Match; table-valued functions
 * and system views a Table-valued function; FOR XML/JSON a UDX; a projection of plain columns is no
 * operator (as in SQL Server), one computing expressions a Compute Scalar. INSERT, UPDATE, DELETE
 * ({@link dev.quern.engine.showplan.DmlOperators}) and MERGE ({@link
 * dev.quern.engine.showplan.MergeOperators}) are one Clustered Index (Table) operator naming every
 * index it maintains, over the rows it changes; an IF or WHILE condition that runs queries has the
 * plan {@link dev.quern.engine.showplan.ConditionOperators} builds. Actual plans (STATISTICS
 * XML/PROFILE) take what ran from {@link dev.quern.engine.showplan.ActualCounts}.
 *
 * <p>Must not import exec, parser or the wire.
 */
package dev.quern.engine.showplan;
