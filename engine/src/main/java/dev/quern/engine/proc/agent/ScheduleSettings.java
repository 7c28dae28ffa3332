package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentDates;
import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.agent.ScheduleTimes;
import java.util.UUID;

/**
 * A new schedule's settings as sp_add_schedule and sp_add_jobschedule take them, checked as
 * sp_verify_schedule does: freq_type one of 1, 4, 8, 16, 32, 64, 128 (14266); freq_interval at
 * least 1 daily, a day bitmask weekly, 1–31 monthly (14278 with the reason); recurrence factor at
 * least 1 weekly and monthly; freq_subday_type 1, 2, 4, 8; real dates from 1990 and times
 * (14266); the end not before the start (14288). The start date defaults to today.
 */
final class ScheduleSettings {
  private ScheduleSettings() {}

  /** The schedule row, not yet stored, owned by {@code ownerSid}. */
  static AgentRow create(AgentProcedure.Call c, String name, byte[] ownerSid) {
    int type = c.integer("@freq_type", 0);
    int interval = c.integer("@freq_interval", 0);
    int subdayType = c.integer("@freq_subday_type", 0);
    int subdayInterval = c.integer("@freq_subday_interval", 0);
    int recurrence = c.integer("@freq_recurrence_factor", 0);
    int startDate = c.integer("@active_start_date", AgentDates.date(c.now().toLocalDate()));
    int endDate = c.integer("@active_end_date", AgentDates.MAX_DATE);
    int startTime = c.integer("@active_start_time", 0);
    int endTime = c.integer("@active_end_time", AgentDates.MAX_TIME);
    if (type != 1 && type != 4 && type != 8 && type != 16 && type != 32 && type != 64 && type != 128) {
      throw AgentErrors.INVALID_VALUES.raise("@freq_type", "1, 4, 8, 16, 32, 64, 128");
    }
    reason(type == ScheduleTimes.DAILY && interval < 1, "@freq_interval must be at least 1 for a daily job.");
    reason(type == ScheduleTimes.WEEKLY && (interval < 1 || interval > 127),
        "@freq_interval must be a valid day of the week bitmask [Sunday = 1 .. Saturday = 64] for a weekly job.");
    reason(type == ScheduleTimes.MONTHLY && (interval < 1 || interval > 31),
        "@freq_interval must be between 1 and 31 for a monthly job.");
    reason((type == ScheduleTimes.WEEKLY || type == ScheduleTimes.MONTHLY || type == ScheduleTimes.MONTHLY_RELATIVE)
        && recurrence < 1, "@freq_recurrence_factor must be at least 1.");
    if (type == ScheduleTimes.DAILY || type == ScheduleTimes.WEEKLY || type == ScheduleTimes.MONTHLY) {
      if (subdayType != 1 && subdayType != 2 && subdayType != 4 && subdayType != 8) {
        throw AgentErrors.INVALID_VALUES.raise("@freq_subday_type", "0x1, 0x2, 0x4, 0x8");
      }
      if (subdayType != 1 && subdayInterval < 1) {
        throw AgentErrors.INVALID_VALUES.raise("@freq_subday_interval", ">= 1");
      }
    }
    checkDate("@active_start_date", startDate);
    checkDate("@active_end_date", endDate);
    checkTime("@active_start_time", startTime);
    checkTime("@active_end_time", endTime);
    if (endDate < startDate) {
      throw AgentErrors.BEFORE.raise("@active_end_date", "@active_start_date");
    }
    return AgentRow.empty(AgentTable.SCHEDULES).set("schedule_id", c.store.records().newScheduleId())
        .set("schedule_uid", UUID.randomUUID()).set("originating_server_id", 0).set("name", name)
        .set("owner_sid", ownerSid).set("enabled", c.integer("@enabled", 1) == 0 ? 0 : 1).set("freq_type", type)
        .set("freq_interval", interval).set("freq_subday_type", subdayType).set("freq_subday_interval", subdayInterval)
        .set("freq_relative_interval", c.integer("@freq_relative_interval", 0)).set("freq_recurrence_factor", recurrence)
        .set("active_start_date", startDate).set("active_end_date", endDate).set("active_start_time", startTime)
        .set("active_end_time", endTime).set("date_created", c.now()).set("date_modified", c.now())
        .set("version_number", 1);
  }

  private static void reason(boolean wrong, String why) {
    if (wrong) {
      throw AgentErrors.SCHEDULE_INVALID.raise(why);
    }
  }

  private static void checkDate(String param, int value) {
    if (!AgentDates.validDate(value)) {
      throw AgentErrors.INVALID.raise(param);
    }
  }

  private static void checkTime(String param, int value) {
    if (!AgentDates.validTime(value)) {
      throw AgentErrors.INVALID.raise(param);
    }
  }
}
