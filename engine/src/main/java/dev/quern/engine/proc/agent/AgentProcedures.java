package dev.quern.engine.proc.agent;

import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/**
 * SQL Server Agent's procedures in msdb: jobs, steps, schedules, servers, starting and stopping,
 * operators, alerts and their notifications, and the sp_help_* procedures that describe them.
 */
public final class AgentProcedures {
  private AgentProcedures() {}

  public static List<SystemProcedure> all() {
    return List.of(new AddJobProcedure(), new UpdateJobProcedure(), new DeleteJobProcedure(),
        new AddJobStepProcedure(), new UpdateJobStepProcedure(), new DeleteJobStepProcedure(),
        new AddScheduleProcedure(), new AttachScheduleProcedure(), new DetachScheduleProcedure(),
        new DeleteScheduleProcedure(), new AddJobScheduleProcedure(), new AddJobServerProcedure(),
        new StartJobProcedure(), new StopJobProcedure(), new HelpJobProcedure(), new HelpJobHistoryProcedure(),
        new HelpJobStepProcedure(), new HelpScheduleProcedure(), new HelpJobScheduleProcedure(),
        new HelpJobActivityProcedure(), new AddOperatorProcedure(), new UpdateOperatorProcedure(),
        new DeleteOperatorProcedure(), new HelpOperatorProcedure(), new AddAlertProcedure(), new UpdateAlertProcedure(),
        new DeleteAlertProcedure(), new HelpAlertProcedure(), new AddNotificationProcedure(),
        new DeleteNotificationProcedure(), new HelpJobCountProcedure(), new HelpJobsInScheduleProcedure(),
        new AddCategoryProcedure(), new UpdateCategoryProcedure(), new DeleteCategoryProcedure(),
        new HelpCategoryProcedure(), new PurgeJobHistoryProcedure(), new DeleteBackupHistoryProcedure());
  }
}
