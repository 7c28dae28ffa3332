package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;

/**
 * {@code msdb.dbo.sp_add_jobschedule {@job_id | @job_name}, @name [, @enabled] [, @freq_type] …
 * [, @schedule_id OUTPUT]} ("sp_add_jobschedule (Transact-SQL)"), the older one-call form: a new
 * schedule owned by the job's owner, attached to the job.
 */
final class AddJobScheduleProcedure extends AgentProcedure {
  AddJobScheduleProcedure() {
    super("sp_add_jobschedule", "@job_id", "@job_name", "@name", "@enabled", "@freq_type", "@freq_interval",
        "@freq_subday_type", "@freq_subday_interval", "@freq_relative_interval", "@freq_recurrence_factor",
        "@active_start_date", "@active_end_date", "@active_start_time", "@active_end_time", "@schedule_id",
        "@automatic_post", "@schedule_uid");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    c.requireOwner(job);
    String name = c.required("@name");
    AgentRow schedule = ScheduleSettings.create(c, name, job.bytes("owner_sid"));
    c.store.put(schedule);
    AttachScheduleProcedure.attach(c, job, schedule.intValue("schedule_id"));
    c.output("@schedule_id", schedule.integer("schedule_id"));
    c.output("@schedule_uid", schedule.uuid("schedule_uid"));
    return 0;
  }
}
