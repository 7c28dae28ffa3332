/**
 * SQL Server Agent inside the server: the msdb tables' definitions ({@link
 * dev.quern.engine.agent.AgentTable}, stored by {@link dev.quern.catalog.meta.CatalogAgent}), the
 * scheduler ({@link dev.quern.engine.agent.SqlAgent}) and the runs of jobs ({@link
 * dev.quern.engine.agent.JobRun}), each step a batch in a {@link dev.quern.engine.session.QuernSession}
 * of its own. The msdb procedures that define jobs are in {@code proc.agent}; the tables are shown by
 * {@code sys.AgentTableView}. Must not import {@code proc} nor {@code sys}.
 */
package dev.quern.engine.agent;
