package dev.quern.engine.agent;

import static dev.quern.engine.error.Abort.STATEMENT;

import dev.quern.engine.error.ErrorTemplate;

/**
 * The errors and messages of SQL Server Agent's msdb procedures, with SQL Server's numbers,
 * severities and us_english texts (sys.messages 14000–14999 and 22022). msdb raises them with
 * RAISERROR(n, -1, -1, …): the message's own severity, state 1.
 */
public final class AgentErrors {
  private AgentErrors() {}

  private static ErrorTemplate e(int n, int sev, String text) {
    return new ErrorTemplate(n, sev, 1, text, STATEMENT);
  }

  public static final ErrorTemplate INVALID = e(14200, 16, "The specified '%s' is invalid.");
  public static final ErrorTemplate INVALID_SEE = e(14234, 16, "The specified '%s' is invalid (valid values are returned by %s).");
  public static final ErrorTemplate INVALID_STEP_REF =
      e(14235, 16, "The specified '%s' is invalid (valid values are greater than 0 but excluding %d).");
  public static final ErrorTemplate FORWARD_STEP = e(14236, 10, "Warning: Non-existent step referenced by %s.");
  public static final ErrorTemplate REASSIGN_OWNER = e(14242, 16, "Only a system administrator can reassign ownership of a job.");
  public static final ErrorTemplate STARTED = e(14243, 10, "Job '%s' started successfully.");
  public static final ErrorTemplate STOPPED = e(14254, 10, "Job '%s' stopped successfully.");
  public static final ErrorTemplate NOT_OWNER = e(14252, 16, "Cannot perform this action on a job you do not own.");
  public static final ErrorTemplate NO_SERVER = e(14256, 16, "Cannot start the job \"%s\" (ID %s) because it does not have"
      + " any job server or servers defined. Associate the job with a job server by calling sp_add_jobserver.");
  public static final ErrorTemplate NO_SERVER_STOP = e(14257, 16, "Cannot stop the job \"%s\" (ID %s) because it does not"
      + " have any job server or servers defined. Associate the job with a job server by calling sp_add_jobserver.");
  public static final ErrorTemplate EXISTS = e(14261, 16, "The specified %s ('%s') already exists.");
  public static final ErrorTemplate NOT_FOUND = e(14262, 16, "The specified %s ('%s') does not exist.");
  public static final ErrorTemplate INVALID_VALUES = e(14266, 16, "The specified '%s' is invalid (valid values are: %s).");
  public static final ErrorTemplate ALREADY_TARGETED = e(14269, 16, "Job '%s' is already targeted at server '%s'.");
  public static final ErrorTemplate JOB_OR_SCHEDULE = e(14273, 16,
      "You must provide either @job_id or @job_name (and, optionally, @schedule_name), or @schedule_id.");
  public static final ErrorTemplate SCHEDULE_INVALID = e(14278, 16, "The schedule for this job is invalid (reason: %s).");
  public static final ErrorTemplate BEFORE = e(14288, 16, "%s cannot be before %s.");
  public static final ErrorTemplate TWO_JOBS = e(14293, 16,
      "There are two or more jobs named '%s'. Specify %s instead of %s to uniquely identify the job.");
  public static final ErrorTemplate IDENTIFY_JOB = e(14294, 16, "Supply either %s or %s to identify the job.");
  public static final ErrorTemplate SCHEDULE_IN_USE = e(14372, 16,
      "The schedule was not deleted because it is being used by one or more jobs.");
  public static final ErrorTemplate TWO_SCHEDULES = e(14371, 16,
      "There are two or more schedules named \"%s\". Specify %s instead of %s to uniquely identify the schedule.");
  public static final ErrorTemplate IDENTIFY_SCHEDULE = e(14373, 16, "Supply either %s or %s to identify the schedule.");
  public static final ErrorTemplate NOT_ATTACHED = e(14374, 16,
      "The specified schedule name \"%s\" is not associated with the job \"%s\".");
  public static final ErrorTemplate SCHEDULE_OWNER = e(14377, 16, "The schedule was not attached to the specified job. The"
      + " schedule owner and the job owner must be the same or the operation must be performed by a sysadmin.");
  public static final ErrorTemplate DETACH_OWNER = e(14391, 16, "Only owner of a job or members of sysadmin role can detach a schedule.");
  public static final ErrorTemplate START_STOP_OWNER = e(14393, 16,
      "Only owner of a job or members of role sysadmin or SQLAgentOperatorRole can start and stop the job.");
  public static final ErrorTemplate SCHEDULE_NOT_OWNER = e(14394, 16,
      "Only owner of a job schedule or members of sysadmin role can modify or delete the job schedule.");
  public static final ErrorTemplate ALERT_CONDITION = e(14500, 16, "Supply either a non-zero message ID, non-zero"
      + " severity, non-null performance condition, or non-null WMI namespace and query.");
  public static final ErrorTemplate ALERT_DEFINED = e(14501, 16, "An alert ('%s') has already been defined on this condition.");
  public static final ErrorTemplate OTHER_OWNER = e(14515, 16,
      "Only a member of the sysadmin server role can add a job for a different owner with @owner_login_name.");
  public static final ErrorTemplate UPDATE_OTHERS = e(14525, 16,
      "Only members of sysadmin role are allowed to update or delete jobs owned by a different login.");
  public static final ErrorTemplate PURGED = e(14226, 10, "%d history entries purged.");
  public static final ErrorTemplate MSX_CATEGORY = e(14267, 16, "Cannot add a job to the '%s' job category.");
  public static final ErrorTemplate PERMANENT_CATEGORY = e(14276, 16, "'%s' is a permanent %s category and cannot be deleted.");
  public static final ErrorTemplate LOCAL_JOB_MULTISERVER_CATEGORY =
      e(14285, 16, "Cannot add a local job to a multiserver job category.");
  public static final ErrorTemplate PURGE_OWNER = e(14392, 16,
      "Only owner of a job or members of role sysadmin or SQLAgentOperatorRole can purge history of the job.");
  public static final ErrorTemplate SUPPLY_EITHER = e(14524, 16, "Supply either %s or %s.");
  public static final ErrorTemplate NO_CATEGORY_IN_CLASS =
      e(14526, 16, "The specified category \"%s\" does not exist for category class \"%s\".");
  public static final ErrorTemplate NOT_VALID_FOR_STEP = e(14545, 16, "The %s parameter is not valid for a job step of type '%s'.");
  public static final ErrorTemplate OUTPUT_FILE_SYSADMIN =
      e(14582, 16, "Only a sysadmin can specify '@output_file_name' parameter for a jobstep.");
  public static final ErrorTemplate NOT_RUNNING_AGENT = e(22022, 16,
      "SQLServerAgent is not currently running so it cannot be notified of this action.");
  public static final ErrorTemplate ALREADY_RUNNING = e(22022, 16, "SQLServerAgent Error: Request to run job %s (from User %s)"
      + " refused because the job is already running from a request by %s.");
  public static final ErrorTemplate NOT_RUNNING_JOB = e(22022, 16,
      "SQLServerAgent Error: Request to stop job %s (from User %s) refused because the job is not currently running.");
}
