/**
 * SQL Server Agent inside the server: the msdb tables' definitions ({@link
 * dev.quern.engine.agent.AgentTable}, stored by {@link dev.quern.catalog.meta.CatalogAgent}), the
 * scheduler ({@link dev.quern.engine.agent.SqlAgent}), the runs of jobs ({@link
 * dev.quern.engine.agent.JobRun}, each step a batch in a {@link dev.quern.engine.session.QuernSession}
 * of its own) and the alerts that logged errors fire ({@link dev.quern.engine.agent.AlertResponder}).
 * The msdb procedures that define jobs, operators and alerts are in {@code proc.agent}; the tables
 * are shown by {@code sys.AgentTableView}. Must not import {@code proc} nor {@code sys}.
 */
package dev.quern.engine.agent;
