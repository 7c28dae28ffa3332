/**
 * SQL Server Agent's msdb procedures (sp_add_job, sp_add_jobstep, sp_add_schedule, sp_start_job,
 * sp_add_operator, sp_add_alert, the sp_help_* family …):
 * one class each over {@link dev.quern.engine.proc.agent.AgentProcedure}, writing the agent's tables
 * in the caller's transaction and asking {@link dev.quern.engine.agent.SqlAgent} to start or stop jobs.
 */
package dev.quern.engine.proc.agent;
